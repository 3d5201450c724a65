using ActorMoo.Actors.Model;
using ActorMoo.Actors.Parsing;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Verbs;

/// <summary>Typed commands run as tasks: parsed, matched and dispatched to a verb with its context variables.</summary>
public sealed class CommandTests : VerbTestKit
{
    [Fact]
    public async Task Typed_command_must_run_the_matching_verb_with_its_context_variables()
    {
        var lamp = await CreateAsync("lamp", Alice);
        await MoveAsync(lamp, Hall);
        await MoveAsync(Alice, Hall);
        var state = await CommittedAsync(lamp);
        await ApplyAsync(lamp, new VerbAdded(new VerbDefinition(state.NextVerbId, "pol*ish", Alice, VerbPermissions.Read,
            new VerbArgSpec(ObjectArgSpec.This, Preposition.With, ObjectArgSpec.Any),
            "notify(player, table.concat({verb, argstr, tostring(dobj), dobjstr, prepstr, tostring(iobj), iobjstr, tostring(this), args[1]}, '|'))", 1)));

        var outcome = await Verbs.RunCommandAsync(Alice, "pol lamp with cloth");

        Assert.True(outcome.IsCommitted, outcome.Message);
        Assert.Equal([$"pol|lamp with cloth|{lamp}|lamp|with|#-3|cloth|{lamp}|lamp"], Sink.TextFor(Alice));
    }

    [Fact]
    public async Task Unknown_command_must_tell_the_player_it_was_not_understood()
    {
        await MoveAsync(Alice, Hall);

        var outcome = await Verbs.RunCommandAsync(Alice, "xyzzy");

        Assert.True(outcome.IsCommitted);
        Assert.Equal([CommandResolution.NotUnderstoodMessage], Sink.TextFor(Alice));
    }

    [Fact]
    public async Task Command_failing_in_its_verb_must_change_nothing()
    {
        await MoveAsync(Alice, Hall);
        await AddPropertyAsync(Hall, "visits", 0, Wizard);
        var state = await CommittedAsync(Hall);
        await ApplyAsync(Hall, new VerbAdded(new VerbDefinition(state.NextVerbId, "visit", Wizard, VerbPermissions.Read,
            VerbArgSpec.NoneNoneNone, "this.visits = this.visits + 1\nerror('crowded')", 1)));

        var outcome = await Verbs.RunCommandAsync(Alice, "visit");

        Assert.Contains("crowded", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(MooValue.Integer(0), (await CommittedAsync(Hall)).FindDefinedProperty("visits")!.Value);
    }
}
