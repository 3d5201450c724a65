using ActorMoo.Actors.Model;

namespace ActorMoo.Actors.Tests.World.Verbs;

/// <summary>The verb API's <c>move</c> calls LambdaCore's hooks: <c>accept</c>, <c>exitfunc</c>, <c>enterfunc</c>.</summary>
public sealed class MoveHookTests : VerbTestKit
{
    [Fact]
    public async Task Move_must_be_refused_when_the_destination_does_not_accept_it()
    {
        var box = await CreateAsync("Box", Alice);
        var lamp = await CreateAsync("Lamp", Alice);
        await AddVerbAsync(box, "accept", "return false", Alice);
        await AddVerbAsync(Hall, "stow", "move(args[1], args[2])", Alice);

        var message = await CallFailingAsync(Alice, Hall, "stow", lamp, box);

        Assert.Contains($"Move refused: {box} does not accept {lamp}", message, StringComparison.Ordinal);
        Assert.Empty((await CommittedAsync(box)).Contents);
    }

    [Fact]
    public async Task Move_must_call_exitfunc_on_the_old_place_and_enterfunc_on_the_new_one()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await MoveAsync(lamp, Hall);
        await AddVerbAsync(Hall, "exitfunc", "notify(player, tostring(args[1]) .. ' left ' .. this.name)", Wizard);
        await AddVerbAsync(Kitchen, "enterfunc", "notify(player, tostring(args[1]) .. ' entered ' .. this.name .. ' from ' .. tostring(args[1].location))", Wizard);
        await AddVerbAsync(lamp, "carry", "move(this, args[1])", Alice);

        await CallCommittedAsync(Alice, lamp, "carry", Kitchen);

        Assert.Equal([$"{lamp} left Hall", $"{lamp} entered Kitchen from {Kitchen}"], Sink.TextFor(Alice));
    }

    [Fact]
    public async Task Wizard_moves_must_skip_accept()
    {
        var box = await CreateAsync("Box", Alice);
        var lamp = await CreateAsync("Lamp", Wizard);
        await AddVerbAsync(Hall, "force", "move(args[1], args[2])", Wizard);

        await CallCommittedAsync(Wizard, Hall, "force", lamp, box);

        Assert.Equal(box, (await CommittedAsync(lamp)).Location);
    }

    [Fact]
    public async Task Move_into_itself_must_be_refused()
    {
        var box = await CreateAsync("Box", Alice);
        await AddVerbAsync(box, "accept", "return true", Alice);
        await AddVerbAsync(box, "swallow", "move(this, this)", Alice);

        var message = await CallFailingAsync(Alice, box, "swallow");

        Assert.StartsWith($"{box}:swallow:1: ", message, StringComparison.Ordinal);
        Assert.Contains("can't be put inside", message, StringComparison.Ordinal);
        Assert.Equal(SpecialObjects.Nothing, (await CommittedAsync(box)).Location);
    }

    [Fact]
    public async Task Recycle_must_call_the_objects_recycle_verb_and_empty_it()
    {
        var box = await CreateAsync("Box", Alice);
        var lamp = await CreateAsync("Lamp", Alice);
        await MoveAsync(box, Hall);
        await MoveAsync(lamp, box);
        await AddVerbAsync(box, "recycle", "notify(player, 'Box says goodbye')", Alice);
        await AddVerbAsync(Hall, "scrap", "recycle(args[1])", Alice);

        await CallCommittedAsync(Alice, Hall, "scrap", box);

        Assert.Equal(["Box says goodbye"], Sink.TextFor(Alice));
        Assert.True((await CommittedAsync(box)).Recycled);
        Assert.Equal(SpecialObjects.Nothing, (await CommittedAsync(lamp)).Location);
        Assert.DoesNotContain(box, (await CommittedAsync(Hall)).Contents);
    }
}
