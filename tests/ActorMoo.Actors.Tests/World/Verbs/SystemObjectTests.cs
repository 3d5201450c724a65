using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Verbs;

/// <summary>The <c>$</c> names: <c>sys.name</c> in Lua and <see cref="SystemObjects"/> in C#, both over #0's properties.</summary>
public sealed class SystemObjectTests : VerbTestKit
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Assert.Equal(SystemObjects.System, System);
        await AddPropertyAsync(System, "room", Hall, Wizard);
        await AddPropertyAsync(System, "motd", "Welcome", Wizard);
    }

    [Fact]
    public async Task Sys_must_read_the_system_object_s_properties()
    {
        await AddVerbAsync(Hall, "where", "return sys.room", Alice);

        Assert.Equal(MooValue.Object(Hall), await CallCommittedAsync(Alice, Hall, "where"));
    }

    [Fact]
    public async Task Sys_must_refuse_assignment_and_leave_the_registry_unchanged()
    {
        await AddVerbAsync(Hall, "repoint", "sys.room = args[1]", Wizard);

        Assert.Contains("read-only", await CallFailingAsync(Wizard, Hall, "repoint", Kitchen), StringComparison.Ordinal);
        Assert.Equal(MooValue.Object(Hall), (await CommittedAsync(System)).FindDefinedProperty("room")!.Value);
    }

    [Fact]
    public async Task Csharp_code_must_resolve_dollar_names_with_or_without_the_dollar()
    {
        var (room, dollarRoom, motd, missing) = await CommitAsync(async tx => (
            await SystemObjects.ResolveAsync(tx, "room"),
            await SystemObjects.ResolveAsync(tx, "$room"),
            await SystemObjects.ResolveAsync(tx, "$motd"),
            await SystemObjects.ResolveAsync(tx, "$login")));

        Assert.Equal((Hall, Hall), (room!.Value, dollarRoom!.Value));
        Assert.Null(motd);
        Assert.Null(missing);
    }

    [Fact]
    public async Task Resolving_a_required_dollar_name_that_is_missing_must_say_what_to_define()
    {
        var outcome = await Tasks.RunAsync(async (tx, ct) => await SystemObjects.ResolveRequiredAsync(tx, "$login", ct));

        Assert.IsType<KeyNotFoundException>(outcome.Error);
        Assert.Equal("$login is not defined: #0 has no property login holding an object.", outcome.Message);
    }
}
