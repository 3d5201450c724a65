using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Runtime.Tests.Persistence.Actors;

/// <summary>
/// The persistent actor the tests drive: a counter with notes. It reports every outcome to the
/// sender, and its recovery to an optional observer.
/// </summary>
internal sealed class CounterActor : PersistentActor
{
    private readonly string _persistenceId;
    private readonly SnapshotPolicy? _policy;
    private readonly IActorRef? _observer;
    private int _value;
    private List<string> _notes = [];

    public CounterActor(string persistenceId, PersistenceRuntime persistence, IActorRef? observer = null, SnapshotPolicy? policy = null)
        : base(persistence)
    {
        _persistenceId = persistenceId;
        _observer = observer;
        _policy = policy;

        OnEvent<CounterIncremented>(e => _value += e.By);
        OnEvent<CounterNoted>(e => _notes.Add(e.Note));
        OnEvent<UnregisteredEvent>(_ => throw new InvalidOperationException("never stored, so never applied"));
        OnSnapshot<CounterState>(s =>
        {
            _value = s.Value;
            _notes = [.. s.Notes];
        });

        ReceiveAsync<Increment>(async c => Reply(await PersistAsync(new CounterIncremented(c.By))));
        ReceiveAsync<IncrementAndNote>(async c => Reply(await PersistAllAsync([new CounterIncremented(c.By), new CounterNoted(c.Note)])));
        ReceiveAsync<PersistUnregistered>(async _ => Reply(await PersistAsync(new UnregisteredEvent(1))));
        ReceiveAsync<TakeSnapshot>(async _ => Reply(await SaveSnapshotAsync()));
        Receive<Commit>(c =>
        {
            ApplyPersisted(c.Events);
            Reply(true);
        });
        Receive<GetValue>(_ => Reply(true));
    }

    public override string PersistenceId => _persistenceId;

    protected override SnapshotPolicy SnapshotPolicy => _policy ?? base.SnapshotPolicy;

    public static Props PropsFor(string persistenceId, PersistenceRuntime persistence, IActorRef? observer = null, SnapshotPolicy? policy = null) =>
        Props.Create(() => new CounterActor(persistenceId, persistence, observer, policy));

    protected override object? CreateSnapshot() => new CounterState(_value, [.. _notes]);

    protected override void OnRecoveryCompleted() => _observer?.Tell(new Recovered(_value, LastSequenceNr));

    private void Reply(bool done) => Sender.Tell(new Counted(done, _value, LastSequenceNr, string.Join(",", _notes)));
}

internal sealed record Increment(int By);

internal sealed record IncrementAndNote(int By, string Note);

internal sealed record PersistUnregistered;

internal sealed record TakeSnapshot;

internal sealed record GetValue;

internal sealed record Commit(PersistedEvents Events);

/// <summary>The counter's answer to every command: whether it did it, and its state afterwards.</summary>
internal sealed record Counted(bool Done, int Value, long SequenceNr, string Notes);

/// <summary>Sent to the observer when recovery has completed.</summary>
internal sealed record Recovered(int Value, long SequenceNr);
