using ActorMoo.Actors.World.Verbs;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.HostFunctions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Tasks;

/// <summary>
/// The host-call log of one run of a task: first it replays the task's committed entries (each host
/// call is checked against the next entry and answered from it, without touching the world), then
/// it records the live calls of the current transaction. The scheduler moves recorded entries to the
/// task's committed log when that transaction commits.
/// </summary>
/// <remarks>A run is driven by one thread at a time, and the log is used only by its run and its driver.</remarks>
internal sealed class TaskLog
{
    /// <summary>
    /// The most entries a task may log. Past it the log stops recording (bounding its memory) and the
    /// task can no longer suspend, read or fork, since it could not be replayed.
    /// </summary>
    public const int MaxEntries = 100_000;

    /// <summary>The task's committed entries (shared with the task, which appends to it between transactions).</summary>
    private readonly List<ReplayEntry> _committed;

    /// <summary>The task's code table, by key (shared with the task).</summary>
    private readonly Dictionary<string, VerbCode> _codes;

    /// <summary>The entries at which this task takes the forked branch.</summary>
    private readonly IReadOnlyList<ForkPoint> _forkPoints;

    /// <summary>Entries recorded in the current transaction.</summary>
    private readonly List<ReplayEntry> _recorded = [];

    /// <summary>The next committed entry to replay.</summary>
    private int _cursor;

    /// <summary>Set once replay has run out: from then on every call is live.</summary>
    private bool _live;

    /// <summary>A live call whose reply the run is waiting for (or could not wait for).</summary>
    private (string Function, IReadOnlyList<MooValue> Args)? _open;

    public TaskLog(List<ReplayEntry> committed, Dictionary<string, VerbCode> codes, IReadOnlyList<ForkPoint> forkPoints)
    {
        _committed = committed;
        _codes = codes;
        _forkPoints = forkPoints;
    }

    /// <summary>True once the task made more than <see cref="MaxEntries"/> logged calls.</summary>
    public bool IsFull => _committed.Count + _recorded.Count >= MaxEntries;

    /// <summary>Why replay failed: the script made a call the log does not have. Null while all is well.</summary>
    public string? Divergence { get; private set; }

    /// <summary>True while committed entries remain to be replayed.</summary>
    public bool IsReplaying
    {
        get
        {
            if (!_live && _cursor >= _committed.Count)
                _live = true;
            return !_live;
        }
    }

    /// <summary>The index the next entry has in the task's log.</summary>
    public int Position => _live ? _committed.Count + _recorded.Count : _cursor;

    /// <summary>The code stored under <paramref name="key"/>.</summary>
    public VerbCode Code(string key) => _codes[key];

    /// <summary>Answers a call during replay from the next entry, or marks the run diverged.</summary>
    public HostResult Replay(string function, IReadOnlyList<MooValue> args, VerbTask task)
    {
        if (Divergence is not null)
            return HostResult.Pending(ReplayDiverged.Instance);
        var index = _cursor;
        var entry = _committed[index];
        if (entry.Function != function || !entry.Args.SequenceEqual(args))
        {
            Divergence = $"replay expected {entry.Describe()} as call #{index + 1} but the verb called {ReplayEntry.Describe(function, args)}";
            return HostResult.Pending(ReplayDiverged.Instance);
        }
        _cursor++;
        if (_forkPoints.FirstOrDefault(p => p.Entry == index) is { } fork)
            return HostResult.Pending(new ReplayedFork(ForkValue(entry.Value, child: true), fork.Frames));
        return entry.Outcome switch
        {
            ReplayOutcome.Value => HostResult.Ok(entry.Value),
            ReplayOutcome.Error => HostResult.Fail(entry.Message ?? ""),
            ReplayOutcome.Call => HostResult.CallVerb(task.EnterLogged(Code(entry.Call!.CodeKey), entry.Call)),
            ReplayOutcome.Wake => HostResult.Pending(new ReplayedWake(entry.Value, entry.Frames ?? [])),
            // It could not wait when it ran; answering with a wait again makes it fail the same way.
            _ => HostResult.Pending(ReplayDiverged.Instance),
        };
    }

    /// <summary>Marks the run diverged when the driver meets a replayed wait the script could wait for after all.</summary>
    public void Diverge(string message) => Divergence ??= message;

    /// <summary>Records a live call that returned at once (a value, an error or a nested verb).</summary>
    public void Record(string function, IReadOnlyList<MooValue> args, HostResult result, VerbTask task)
    {
        CloseDropped();
        if (!IsFull)
            _recorded.Add(Entry(function, args, result, task));
    }

    /// <summary>Notes a live call that waits; <see cref="Complete"/> or <see cref="TakeOpen"/> ends it.</summary>
    public void Open(string function, IReadOnlyList<MooValue> args)
    {
        CloseDropped();
        _open = (function, args);
    }

    /// <summary>The reply of the open call arrived: record it.</summary>
    public void Complete(HostResult reply, VerbTask task)
    {
        if (_open is not { } open)
            return;
        _open = null;
        if (!IsFull)
            _recorded.Add(Entry(open.Function, open.Args, reply, task));
    }

    /// <summary>Takes the open call (a <c>suspend</c> or <c>read</c> that ended the transaction); it is logged when the task wakes.</summary>
    public (string Function, IReadOnlyList<MooValue> Args) TakeOpen()
    {
        var open = _open ?? throw new InvalidOperationException("No task call is waiting.");
        _open = null;
        return open;
    }

    /// <summary>An open call the script could not wait for got an error instead: log it as dropped.</summary>
    public void CloseDropped()
    {
        if (_open is not { } open)
            return;
        _open = null;
        if (!IsFull)
            _recorded.Add(new ReplayEntry(open.Function, open.Args, ReplayOutcome.Dropped));
    }

    /// <summary>The entries of the transaction that just committed; the log starts afresh.</summary>
    public IReadOnlyList<ReplayEntry> TakeSegment()
    {
        CloseDropped();
        var segment = _recorded.ToArray();
        _recorded.Clear();
        return segment;
    }

    /// <summary>What <c>fork</c> returns: the new task's id, and whether the caller is that new task.</summary>
    public static MooValue ForkValue(MooValue id, bool child) =>
        MooValue.List([id.Kind == MooValueKind.List ? id.AsList()[0] : id, child]);

    private ReplayEntry Entry(string function, IReadOnlyList<MooValue> args, HostResult result, VerbTask task)
    {
        switch (result.Kind)
        {
            case HostResultKind.Value:
                return new ReplayEntry(function, args, ReplayOutcome.Value) { Value = result.Value };
            case HostResultKind.Error:
                return new ReplayEntry(function, args, ReplayOutcome.Error) { Message = result.Message };
            default:
                var call = result.Call!;
                var key = $"{call.Code.Id}@{call.Code.Version}";
                _codes.TryAdd(key, call.Code);
                return new ReplayEntry(function, args, ReplayOutcome.Call) { Call = new LoggedCall(key, task.LastEnteredFrame, call.Args) };
        }
    }
}
