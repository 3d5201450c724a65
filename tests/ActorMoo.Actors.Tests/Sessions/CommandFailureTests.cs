using ActorMoo.Actors.Sessions;
using ActorMoo.Scripting.Budgets;
using ActorMoo.Scripting.Errors;

namespace ActorMoo.Actors.Tests.Sessions;

/// <summary>What a failed command tells a programmer and what it tells anyone else.</summary>
public sealed class CommandFailureTests
{
    private static readonly ScriptError IndexError = new(
        ScriptErrorCodes.Runtime,
        "#27:wind:3: attempt to index a nil value",
        "world-prelude:38: in metamethod 'newindex'\n#27:wind:3: in local 'helper'\n#27:wind:7: in function <#27:wind:1>",
        "attempt to index a nil value");

    [Fact]
    public void A_programmer_must_see_the_error_and_the_verb_frames_without_the_prelude()
    {
        Assert.Equal(
            "#27:wind:3: attempt to index a nil value\nTraceback (innermost first):\n  #27:wind:3: in local 'helper'\n  #27:wind:7: in function <#27:wind:1>",
            CommandFailure.ForProgrammer(IndexError));
    }

    [Fact]
    public void A_programmer_must_see_only_the_error_when_there_is_no_stack()
    {
        var syntax = new ScriptError(ScriptErrorCodes.Syntax, "#27:wind:1: unexpected symbol near '='", "", "That verb has a syntax error.");

        Assert.Equal("#27:wind:1: unexpected symbol near '='", CommandFailure.ForProgrammer(syntax));
    }

    [Fact]
    public void A_player_must_see_a_short_sentence_with_the_command_and_no_internals()
    {
        var text = CommandFailure.ForPlayer(IndexError, "wind the clock");

        Assert.Equal("Something went wrong running that command (wind).", text);
        Assert.DoesNotContain("#27", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exceeded_budget_must_be_told_as_such_to_players_and_programmers()
    {
        var budget = ScriptError.Budget(BudgetKind.Steps, "", "#27:spin: 100000 steps");

        Assert.Equal("That took too many steps and was stopped.", CommandFailure.ForPlayer(budget, "spin clock"));
        Assert.StartsWith("That took too many steps and was stopped.\nstep budget exceeded", CommandFailure.ForProgrammer(budget), StringComparison.Ordinal);
    }
}
