using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Server;

/// <summary>
/// Counts the world's objects and rooms for status pages (<c>GET /api/world-stats</c>), cheaply
/// enough to ask on every request: the counts are taken at most once per <see cref="MaxAge"/> and
/// shared by every caller meanwhile.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><b>Objects</b> are the ids handed out so far (LambdaMOO's <c>max_object() + 1</c>), read from
/// the id allocator's journal with two small queries. Recycled objects are included: excluding them
/// would mean reading every object.</item>
/// <item><b>Rooms</b> are the strict descendants of <c>$room</c>, walked through the parent/child links
/// in one read-only task (no journal write). The walk reads only rooms, never the rest of the world,
/// and runs at most once per <see cref="MaxAge"/>.</item>
/// </list>
/// </remarks>
public sealed class WorldCensus
{
    /// <summary>The default <see cref="MaxAge"/>.</summary>
    public static readonly TimeSpan DefaultMaxAge = TimeSpan.FromSeconds(30);

    private readonly WorldTasks _tasks;
    private readonly EventJournal _journal;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();

    /// <summary>The last count started (running or done), and when it started; null before the first.</summary>
    private (Task<WorldCensusCounts> Counting, DateTimeOffset Started)? _last;

    /// <summary>Creates the census over the world's tasks and journal.</summary>
    public WorldCensus(WorldTasks tasks, EventJournal journal, TimeProvider? time = null, TimeSpan? maxAge = null)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(journal);
        _tasks = tasks;
        _journal = journal;
        _time = time ?? TimeProvider.System;
        MaxAge = maxAge ?? DefaultMaxAge;
        if (MaxAge < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(maxAge), maxAge, "The maximum age of the counts cannot be negative.");
    }

    /// <summary>How old counts may be before they are taken again (zero: every call counts afresh).</summary>
    public TimeSpan MaxAge { get; }

    /// <summary>The counts, at most <see cref="MaxAge"/> old. A count that failed is tried again on the next call.</summary>
    public Task<WorldCensusCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        Task<WorldCensusCounts> counting;
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            if (_last is not { } last || last.Counting.IsFaulted || last.Counting.IsCanceled || now - last.Started >= MaxAge)
                _last = (CountNowAsync(), now);
            counting = _last.Value.Counting;
        }
        return counting.WaitAsync(cancellationToken);
    }

    private async Task<WorldCensusCounts> CountNowAsync()
    {
        // Off the caller's thread and not cancellable: the count is shared by every caller of its age.
        await Task.Yield();
        var objects = await CountIdsAsync().ConfigureAwait(false);
        var rooms = await _tasks.RunAsync(static (tx, ct) => CountRoomsAsync(tx, ct)).ConfigureAwait(false);
        if (!rooms.IsCommitted)
            throw new InvalidOperationException($"The rooms could not be counted: {rooms.Message}");
        return new WorldCensusCounts(objects, rooms.Value);
    }

    /// <summary>One above the highest id the allocator handed out: its last event says it.</summary>
    private async Task<long> CountIdsAsync()
    {
        var highest = await _journal.ReadHighestSequenceNrAsync(ObjectIdAllocator.AllocatorPersistenceId).ConfigureAwait(false);
        long next = 0;
        if (highest == 0)
            return next;
        await foreach (var envelope in _journal.ReadEventsAsync(ObjectIdAllocator.AllocatorPersistenceId, highest).ConfigureAwait(false))
        {
            if (envelope.Event is ObjectIdAllocated allocated)
                next = Math.Max(next, allocated.Id + 1);
        }
        return next;
    }

    private static async ValueTask<long> CountRoomsAsync(WorldTransaction tx, CancellationToken cancellationToken)
    {
        if (await SystemObjects.ResolveAsync(tx, "room", cancellationToken).ConfigureAwait(false) is not { } room
            || await tx.FindValidAsync(room, cancellationToken).ConfigureAwait(false) is not { } generic)
            return 0;
        var seen = new HashSet<ObjectId> { room };
        var pending = new Queue<ObjectId>(generic.Children);
        long rooms = 0;
        while (pending.TryDequeue(out var id))
        {
            // Multiple inheritance can reach a room by two paths: count it once.
            if (!seen.Add(id) || await tx.FindValidAsync(id, cancellationToken).ConfigureAwait(false) is not { } state)
                continue;
            rooms++;
            foreach (var child in state.Children)
                pending.Enqueue(child);
        }
        return rooms;
    }
}

/// <summary>What <see cref="WorldCensus"/> counted.</summary>
/// <param name="Objects">Object ids handed out so far (recycled objects included).</param>
/// <param name="Rooms">Valid strict descendants of <c>$room</c>.</param>
public sealed record WorldCensusCounts(long Objects, long Rooms);
