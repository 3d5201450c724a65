using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Verbs;

public sealed partial class VerbTask
{
    /// <summary>
    /// Moves <paramref name="item"/> into <paramref name="destination"/> (<c>#-1</c>: nowhere), updating
    /// both containers. Needs control of the item; refuses a move into itself.
    /// </summary>
    /// <remarks>The <c>accept</c>, <c>exitfunc</c> and <c>enterfunc</c> hooks are called around it by the prelude's <c>move</c>.</remarks>
    public async ValueTask<MooValue> MoveAsync(ObjectId item, ObjectId destination, CancellationToken cancellationToken = default)
    {
        var state = await CheckMoveAsync(item, destination, cancellationToken).ConfigureAwait(false);
        await Transaction.ApplyAsync(Movement.Plan(state, destination), cancellationToken).ConfigureAwait(false);
        return MooValue.Nil;
    }

    /// <summary>Refuses a move the running verb may not make (not its owner's item, into itself, to an invalid place); returns the item.</summary>
    public async ValueTask<ObjectState> CheckMoveAsync(ObjectId item, ObjectId destination, CancellationToken cancellationToken = default)
    {
        var state = await ValidAsync(item, cancellationToken).ConfigureAwait(false);
        VerbError.ThrowIfDenied(ObjectRules.CanMove(await ProgrammerAsync(cancellationToken).ConfigureAwait(false), state));
        VerbError.ThrowIfDenied(await StructureRules.CheckMoveAsync(Transaction, state, destination, cancellationToken).ConfigureAwait(false));
        return state;
    }

    /// <summary>True when the running verb's owner is a wizard (wizards' moves skip <c>accept</c>, as in LambdaMOO).</summary>
    public async ValueTask<MooValue> IsWizardlyAsync(CancellationToken cancellationToken = default) =>
        (await ProgrammerAsync(cancellationToken).ConfigureAwait(false)).IsWizard;

    /// <summary>True when <paramref name="target"/> is valid and has an executable verb <paramref name="name"/> (own or inherited).</summary>
    public async ValueTask<MooValue> HasCallableVerbAsync(ObjectId target, string name, CancellationToken cancellationToken = default)
    {
        var state = await Transaction.FindValidAsync(target, cancellationToken).ConfigureAwait(false);
        return state is not null && await VerbLookup.FindCallableAsync(Transaction, state, name, cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <summary>
    /// Creates a child of <paramref name="parent"/> owned by <paramref name="owner"/> (default: the
    /// running verb's owner) and returns it. The parent must be fertile or the creator's.
    /// </summary>
    public async ValueTask<MooValue> CreateAsync(ObjectId parent, ObjectId? owner, CancellationToken cancellationToken = default)
    {
        var parentState = await ValidAsync(parent, cancellationToken).ConfigureAwait(false);
        var who = await ProgrammerAsync(cancellationToken).ConfigureAwait(false);
        var newOwner = owner ?? who.Id;
        VerbError.ThrowIfDenied(ObjectRules.CanCreate(who, [parentState], newOwner));
        var id = await Transaction.AllocateIdAsync(cancellationToken).ConfigureAwait(false);
        await Transaction.ApplyAsync(Creation.Plan(id, "", newOwner, [parent]), cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>Recycles <paramref name="target"/>: its contents go nowhere, its children get its parents.</summary>
    public async ValueTask<MooValue> RecycleAsync(ObjectId target, CancellationToken cancellationToken = default)
    {
        var state = await ValidAsync(target, cancellationToken).ConfigureAwait(false);
        VerbError.ThrowIfDenied(ObjectRules.CanRecycle(await ProgrammerAsync(cancellationToken).ConfigureAwait(false), state));
        await Transaction.ApplyAsync(await Recycling.PlanAsync(Transaction, state, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return MooValue.Nil;
    }

    /// <summary>True when <paramref name="target"/> exists and is not recycled (MOO's <c>valid</c>).</summary>
    public async ValueTask<MooValue> IsValidAsync(ObjectId target, CancellationToken cancellationToken = default) =>
        await Transaction.FindValidAsync(target, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>A flag of a valid object (<c>is_player</c>, <c>is_wizard</c>).</summary>
    public async ValueTask<MooValue> HasFlagAsync(ObjectId target, ObjectFlags flag, CancellationToken cancellationToken = default) =>
        (await ValidAsync(target, cancellationToken).ConfigureAwait(false)).Has(flag);

    /// <summary>A valid object's built-in list or value (<c>parents</c>, <c>children</c>).</summary>
    public async ValueTask<MooValue> BuiltinAsync(ObjectId target, string key, CancellationToken cancellationToken = default) =>
        BuiltinValue(await ValidAsync(target, cancellationToken).ConfigureAwait(false), key) ?? MooValue.Nil;

    /// <summary>Buffers a line for <paramref name="player"/>, delivered only when the task commits.</summary>
    public MooValue Notify(ObjectId player, string text)
    {
        Transaction.Emit(new NotifyEffect(player, text));
        return MooValue.Nil;
    }

    /// <summary>Buffers a GMCP message for <paramref name="player"/>'s client, delivered only when the task commits.</summary>
    public MooValue Gmcp(ObjectId player, string package, MooValue data)
    {
        if (package.Length == 0 || package.Any(char.IsWhiteSpace))
            throw new VerbError($"Invalid GMCP package name '{package}': use a dotted name like Char.Vitals.");
        Transaction.Emit(new GmcpEffect(player, package, data));
        return MooValue.Nil;
    }

    /// <summary>Tells every player in <paramref name="room"/> except <paramref name="except"/> the line <paramref name="text"/>.</summary>
    /// <remarks>
    /// The room's members are only peeked at to find the players: who hears a line does not make the
    /// task depend on every thing in the room, so a crowd moving things through it does not conflict
    /// through its announcements (docs/tasks-and-transactions.md, "Name lookups").
    /// </remarks>
    public async ValueTask<MooValue> AnnounceAsync(ObjectId room, string text, IReadOnlyCollection<ObjectId> except, CancellationToken cancellationToken = default)
    {
        var state = await ValidAsync(room, cancellationToken).ConfigureAwait(false);
        foreach (var id in state.Contents)
        {
            if (except.Contains(id))
                continue;
            if (await Transaction.PeekValidAsync(id, cancellationToken).ConfigureAwait(false) is { } listener && listener.Has(ObjectFlags.Player))
                Transaction.Emit(new NotifyEffect(id, text));
        }
        return MooValue.Nil;
    }
}
