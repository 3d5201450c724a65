namespace ActorMoo.Runtime.Core;

/// <summary>
/// How to create an actor: a factory for instances (called again for every restart) and a few
/// settings. Immutable and reusable: one Props can create any number of actors.
/// </summary>
public sealed class Props
{
    private readonly Func<Actor> _factory;

    private Props(Type actorType, Func<Actor> factory, int? throughput, int? stashCapacity)
    {
        ActorType = actorType;
        _factory = factory;
        Throughput = throughput;
        StashCapacity = stashCapacity;
    }

    /// <summary>The type of actor the factory creates.</summary>
    public Type ActorType { get; }

    /// <summary>Messages per mailbox turn before the thread is given to other actors; null uses the system's setting.</summary>
    public int? Throughput { get; }

    /// <summary>The stash capacity; null uses the system's setting.</summary>
    public int? StashCapacity { get; }

    /// <summary>Props whose factory calls <paramref name="factory"/>; it must return a new instance each call.</summary>
    public static Props Create<TActor>(Func<TActor> factory) where TActor : Actor
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new Props(typeof(TActor), factory, null, null);
    }

    /// <summary>Props that create <typeparamref name="TActor"/> with its parameterless constructor.</summary>
    public static Props Create<TActor>() where TActor : Actor, new() => new(typeof(TActor), static () => new TActor(), null, null);

    /// <summary>A copy with a per-actor throughput (messages per mailbox turn, at least 1).</summary>
    public Props WithThroughput(int throughput)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(throughput, 1);
        return new Props(ActorType, _factory, throughput, StashCapacity);
    }

    /// <summary>A copy with a per-actor stash capacity (at least 1).</summary>
    public Props WithStashCapacity(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        return new Props(ActorType, _factory, Throughput, capacity);
    }

    internal Actor NewActor() =>
        _factory() ?? throw new InvalidOperationException($"The Props factory for {ActorType.Name} returned null.");

    /// <inheritdoc />
    public override string ToString() => $"Props({ActorType.Name})";
}
