using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Bench.Persistence;

/// <summary>
/// The persistent actor the benchmarks drive: it persists one event per write (the hard case for a
/// journal: no batching inside the actor) and answers once all writes it was asked for are durable.
/// </summary>
internal sealed class BenchEntity : PersistentActor
{
    private readonly string _persistenceId;
    private long _sum;
    private int _count;

    public BenchEntity(string persistenceId, PersistenceRuntime persistence) : base(persistence)
    {
        _persistenceId = persistenceId;
        OnEvent<PropertyChanged>(e =>
        {
            _sum += e.Version;
            _count++;
        });
        OnSnapshot<BenchEntityState>(s =>
        {
            _sum = s.Sum;
            _count = s.Count;
        });
        ReceiveAsync<Append>(async append =>
        {
            for (var i = 0; i < append.Events; i++)
            {
                if (!await PersistAsync(BenchContracts.Event(i)))
                    throw new InvalidOperationException($"A benchmark write of '{PersistenceId}' failed.");
            }
            Sender.Tell(new State(LastSequenceNr, _count));
        });
        Receive<GetState>(_ => Sender.Tell(new State(LastSequenceNr, _count)));
    }

    public override string PersistenceId => _persistenceId;

    public static Props PropsFor(string persistenceId, PersistenceRuntime persistence) =>
        Props.Create(() => new BenchEntity(persistenceId, persistence));

    protected override object? CreateSnapshot() => new BenchEntityState(_sum, _count);
}

/// <summary>Persist this many events, one write each, then answer with the state.</summary>
internal sealed record Append(int Events);

/// <summary>Answer with the state (after recovery, since messages wait for it).</summary>
internal sealed record GetState;

/// <summary>The entity's sequence number and how many events it has applied.</summary>
internal sealed record State(long SequenceNr, int Count);
