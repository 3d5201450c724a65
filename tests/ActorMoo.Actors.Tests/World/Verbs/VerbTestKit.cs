using ActorMoo.Actors.Model;
using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Scripting;
using ActorMoo.Scripting.Budgets;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Verbs;

/// <summary>
/// A running world with the verb API: #0 is the system object, <see cref="Wizard"/>,
/// <see cref="Alice"/> and <see cref="Bob"/> are programmers (Alice and Bob not wizards), and
/// <see cref="Hall"/> and <see cref="Kitchen"/> are rooms owned by the wizard that accept anything.
/// </summary>
public abstract class VerbTestKit : WorldTestKit
{
    protected VerbTestKit(WorldSettings? settings = null, VerbTaskServices? services = null)
        : base(settings)
    {
        Engine = VerbExecutor.CreateEngine(new ScriptingSettings
        {
            StepCounting = StepCounting.Exact,
            Foreground = new ScriptBudget(1_000_000, 32L * 1024 * 1024, TimeSpan.FromMinutes(5)),
        });
        Verbs = new VerbExecutor(Tasks, Engine, services);
    }

    protected ScriptEngine Engine { get; }

    protected VerbExecutor Verbs { get; }

    protected ObjectId System { get; private set; }

    protected ObjectId Wizard { get; private set; }

    protected ObjectId Alice { get; private set; }

    protected ObjectId Bob { get; private set; }

    protected ObjectId Hall { get; private set; }

    protected ObjectId Kitchen { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        System = await CreateAsync("System");
        Wizard = await CreatePlayerAsync("Wizard", ObjectFlags.Wizard | ObjectFlags.Programmer);
        Alice = await CreatePlayerAsync("Alice", ObjectFlags.Programmer);
        Bob = await CreatePlayerAsync("Bob", ObjectFlags.Programmer);
        Hall = await CreateAsync("Hall", Wizard);
        Kitchen = await CreateAsync("Kitchen", Wizard);
        await AddVerbAsync(Hall, "accept", "return true", Wizard);
        await AddVerbAsync(Kitchen, "accept", "return true", Wizard);
    }

    public override async Task DisposeAsync()
    {
        Engine.Dispose();
        await base.DisposeAsync();
    }

    protected async Task<ObjectId> CreatePlayerAsync(string name, ObjectFlags flags)
    {
        var id = await CreateAsync(name);
        await ApplyAsync(id, new FlagsChanged(ObjectFlags.Player | flags));
        return id;
    }

    protected Task AddPropertyAsync(ObjectId on, string name, MooValue value, ObjectId owner, PropertyPermissions permissions = PropertyPermissions.Read) =>
        ApplyAsync(on, new PropertyAdded(new PropertyDefinition(name, value, owner, permissions)));

    protected async Task AddVerbAsync(ObjectId on, string names, string code, ObjectId owner, VerbPermissions permissions = VerbPermissions.Read | VerbPermissions.Execute)
    {
        var state = await CommittedAsync(on);
        await ApplyAsync(on, new VerbAdded(new VerbDefinition(state.NextVerbId, names, owner, permissions, VerbArgSpec.ThisNoneThis, code, 1)));
    }

    /// <summary>Calls a verb as <paramref name="player"/>'s task.</summary>
    protected Task<TaskOutcome<MooValue>> CallAsync(ObjectId player, ObjectId target, string verb, params MooValue[] args) =>
        Verbs.CallAsync(player, target, verb, args);

    /// <summary>Calls a verb that must commit, returning its result.</summary>
    protected async Task<MooValue> CallCommittedAsync(ObjectId player, ObjectId target, string verb, params MooValue[] args)
    {
        var outcome = await CallAsync(player, target, verb, args);
        Assert.True(outcome.IsCommitted, $"{target}:{verb} did not commit: {outcome.Status} {outcome.Message}");
        return outcome.Value;
    }

    /// <summary>Calls a verb that must fail, returning the message.</summary>
    protected async Task<string> CallFailingAsync(ObjectId player, ObjectId target, string verb, params MooValue[] args)
    {
        var outcome = await CallAsync(player, target, verb, args);
        Assert.Equal(WorldTaskStatus.Failed, outcome.Status);
        return outcome.Message!;
    }
}
