using ActorMoo.Runtime.Core;

namespace ActorMoo.Runtime.Sharding;

/// <summary>
/// Sends one query to a set of shards, waits for each shard's reply (or its stop, which counts
/// as no answer), then sends the combined answer to whoever asked the region and stops.
/// </summary>
internal sealed class ShardQueryCollector : Actor
{
    /// <summary>The shards to ask.</summary>
    private readonly IReadOnlyList<IActorRef> _shards;

    /// <summary>What to ask each shard.</summary>
    private readonly object _query;

    /// <summary>Shards that have neither answered nor stopped.</summary>
    private readonly HashSet<IActorRef> _pending;

    /// <summary>Who asked the region: gets the combined answer.</summary>
    private readonly IActorRef _replyTo;

    /// <summary>Turns the shards' replies into the answer.</summary>
    private readonly Func<IReadOnlyList<object>, object> _combine;

    /// <summary>The replies so far.</summary>
    private readonly List<object> _replies = [];

    public ShardQueryCollector(IReadOnlyList<IActorRef> shards, object query, IActorRef replyTo, Func<IReadOnlyList<object>, object> combine)
    {
        _shards = shards;
        _query = query;
        _pending = [.. shards];
        _replyTo = replyTo;
        _combine = combine;
        Receive<Terminated>(t => Answered(t.ActorRef, reply: null));
        ReceiveAny(reply => Answered(Sender, reply));
    }

    public static Props PropsFor(IReadOnlyList<IActorRef> shards, object query, IActorRef replyTo, Func<IReadOnlyList<object>, object> combine) =>
        Props.Create(() => new ShardQueryCollector(shards, query, replyTo, combine));

    /// <inheritdoc />
    protected override void PreStart()
    {
        foreach (var shard in _shards)
        {
            Context.Watch(shard);
            shard.Tell(_query, Self);
        }
        FinishIfComplete();
    }

    private void Answered(IActorRef shard, object? reply)
    {
        if (!_pending.Remove(shard)) return;
        Context.Unwatch(shard);
        if (reply is not null) _replies.Add(reply);
        FinishIfComplete();
    }

    private void FinishIfComplete()
    {
        if (_pending.Count > 0) return;
        _replyTo.Tell(_combine(_replies), Context.Parent);
        Context.Stop(Self);
    }
}
