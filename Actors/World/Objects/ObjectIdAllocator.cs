using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Objects;

/// <summary>
/// Hands out object ids, each exactly once, ever: the counter is persisted before an id is given
/// out, so neither a crash nor a recycled object can make an id come back. An id given to a task
/// that then aborts is simply never used (LambdaMOO's <c>max_object</c> behaves the same way).
/// </summary>
/// <remarks>One per world, a plain (non-sharded) persistent actor; allocation is rare next to commits.</remarks>
public sealed class ObjectIdAllocator : PersistentActor
{
    /// <summary>The journal id of the counter.</summary>
    public const string AllocatorPersistenceId = "object-ids";

    /// <summary>The next id to hand out.</summary>
    private long _next;

    /// <summary>Creates the allocator; <paramref name="firstId"/> is the first id of an empty world.</summary>
    public ObjectIdAllocator(PersistenceRuntime persistence, long firstId)
        : base(persistence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstId);
        _next = firstId;
        OnEvent<ObjectIdAllocated>(e => _next = Math.Max(_next, e.Id + 1));
        ReceiveAsync<Allocate>(_ => OnAllocateAsync());
    }

    /// <inheritdoc />
    public override string PersistenceId => AllocatorPersistenceId;

    /// <summary>The allocator's Props.</summary>
    public static Props Props(PersistenceRuntime persistence, long firstId) =>
        Runtime.Core.Props.Create(() => new ObjectIdAllocator(persistence, firstId));

    private async Task OnAllocateAsync()
    {
        var sender = Sender;
        var id = _next;
        if (await PersistAsync(new ObjectIdAllocated(id)).ConfigureAwait(false))
            sender.Tell(new Allocated(new ObjectId(id)), Self);
        else
            sender.Tell(new Status.Failure(new InvalidOperationException("The object id counter could not be saved; no object was created.")), Self);
    }

    /// <summary>Asks for a fresh id; answered with <see cref="Allocated"/>.</summary>
    public sealed record Allocate
    {
        /// <summary>The only instance.</summary>
        public static Allocate Instance { get; } = new();
    }

    /// <summary>A fresh id, never handed out before and never again.</summary>
    /// <param name="Id">The id.</param>
    public sealed record Allocated(ObjectId Id);
}

/// <summary>The allocator's event: <paramref name="Id"/> was handed out.</summary>
/// <param name="Id">The id's number.</param>
public sealed record ObjectIdAllocated(long Id)
{
    /// <summary>The stable manifest.</summary>
    public const string Manifest = "moo.object-id-allocated.v1";
}
