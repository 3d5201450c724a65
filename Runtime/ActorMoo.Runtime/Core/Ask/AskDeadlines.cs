namespace ActorMoo.Runtime.Core;

/// <summary>
/// The timeouts of every outstanding <c>Ask</c> of one system behind one shared timer, instead of
/// a timer per Ask (creating and disposing a timer costs allocations and two trips through the
/// runtime's global timer lock, more than the rest of an Ask together).
/// </summary>
/// <remarks>
/// <para>Deadlines are rounded up to <see cref="Resolution"/> and grouped in buckets of equal
/// deadline, kept in a list ordered by deadline. Asks with the same timeout get ever later
/// deadlines, so a registration nearly always lands in the newest bucket or appends one: O(1). The
/// timer is armed for the earliest bucket; it is re-armed only when a registration needs an earlier
/// wake-up, and it is left running when asks complete (disarming and re-arming on every reply would
/// cost what the shared timer saves). When it fires, it fails the asks of every due bucket and
/// re-arms for the next non-empty bucket, or stays idle when there is none.</para>
/// <para>A completed ask is unlinked at once, so nothing keeps a finished ask alive until its
/// deadline; empty buckets are dropped unless they are the newest (which the next ask probably
/// needs). Everything runs under one lock held for a few pointer updates.</para>
/// </remarks>
internal sealed class AskDeadlines
{
    /// <summary>How finely deadlines are told apart: an ask times out at most this much after its timeout.</summary>
    internal static readonly TimeSpan Resolution = TimeSpan.FromMilliseconds(1);

    /// <summary>The longest single wait of the timer (System.Threading.Timer's limit is ~49 days); a
    /// farther deadline is reached by re-arming when the timer fires early.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(30);

    private readonly TimeProvider _clock;
    private readonly ITimer _timer;
    private readonly Lock _gate = new();

    /// <summary><see cref="Resolution"/> in the clock's timestamp units (at least 1).</summary>
    private readonly long _resolution;

    /// <summary>The earliest and latest buckets; null when there are none.</summary>
    private Bucket? _first;
    private Bucket? _last;

    /// <summary>The timestamp the timer is armed for; <see cref="long.MaxValue"/> when it is idle.</summary>
    private long _armedFor = long.MaxValue;

    /// <summary>Registered asks that have neither completed nor timed out.</summary>
    private int _outstanding;

    /// <summary>Set once the system has terminated: from then on the timer is disarmed as soon as no
    /// ask is outstanding, so a terminated system leaves no timer behind.</summary>
    private bool _disarmWhenIdle;

    public AskDeadlines(TimeProvider clock)
    {
        _clock = clock;
        _resolution = Math.Max(1, ToTimestamp(Resolution));
        _timer = clock.CreateTimer(static state => ((AskDeadlines)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Asks registered and not yet completed or timed out.</summary>
    internal int Outstanding
    {
        get
        {
            lock (_gate) return _outstanding;
        }
    }

    /// <summary>Starts the timeout of <paramref name="promise"/>: unless it completes first, it is timed
    /// out on the first timer tick at or after now + <paramref name="timeout"/>.</summary>
    public void Register(PromiseActorRef promise, TimeSpan timeout)
    {
        var now = _clock.GetTimestamp();
        var due = RoundUp(SaturatingAdd(now, ToTimestamp(timeout)));
        lock (_gate)
        {
            var bucket = BucketFor(due);
            promise.DeadlineBucket = bucket;
            promise.DeadlinePrevious = null;
            promise.DeadlineNext = bucket.Head;
            if (bucket.Head is not null) bucket.Head.DeadlinePrevious = promise;
            bucket.Head = promise;
            _outstanding++;
            if (due < _armedFor) Arm(due, now);
        }
    }

    /// <summary>Forgets a completed ask; does nothing when the timer has already taken it.</summary>
    public void Unregister(PromiseActorRef promise)
    {
        lock (_gate)
        {
            if (promise.DeadlineBucket is not { } bucket) return;
            if (promise.DeadlinePrevious is { } previous) previous.DeadlineNext = promise.DeadlineNext;
            else bucket.Head = promise.DeadlineNext;
            if (promise.DeadlineNext is { } next) next.DeadlinePrevious = promise.DeadlinePrevious;
            promise.DeadlineBucket = null;
            promise.DeadlinePrevious = promise.DeadlineNext = null;
            _outstanding--;

            if (bucket.Head is null && !ReferenceEquals(bucket, _last)) Remove(bucket);
            if (_outstanding == 0 && _disarmWhenIdle) Disarm();
        }
    }

    /// <summary>The system has terminated: disarm now if idle, else once the last ask completes or
    /// times out (asks still pending keep their timeouts; the timer does not outlive them).</summary>
    public void OnSystemTerminated()
    {
        lock (_gate)
        {
            _disarmWhenIdle = true;
            if (_outstanding == 0) Disarm();
        }
    }

    private void OnTimer()
    {
        PromiseActorRef? expired = null;
        lock (_gate)
        {
            var now = _clock.GetTimestamp();
            _armedFor = long.MaxValue;
            while (_first is { } bucket && (bucket.Due <= now || bucket.Head is null))
            {
                // Due buckets hand over their asks; empty ones (only the newest can be) go too.
                for (var promise = bucket.Head; promise is not null;)
                {
                    var next = promise.DeadlineNext;
                    promise.DeadlineBucket = null;
                    promise.DeadlinePrevious = null;
                    promise.DeadlineNext = expired; // reused as the link of the expired chain
                    expired = promise;
                    _outstanding--;
                    promise = next;
                }
                bucket.Head = null;
                Remove(bucket);
            }
            if (_first is { } earliest) Arm(earliest.Due, now);
        }

        // Complete outside the lock: a timed-out ask's continuation is queued, but keep the lock short anyway.
        while (expired is not null)
        {
            var next = expired.DeadlineNext;
            expired.DeadlineNext = null;
            expired.TimeOut();
            expired = next;
        }
    }

    /// <summary>The bucket for <paramref name="due"/>, created in deadline order if needed. Searches
    /// from the newest bucket, where asks with the same timeout always land.</summary>
    private Bucket BucketFor(long due)
    {
        var after = _last;
        while (after is not null && after.Due > due) after = after.Previous;
        if (after is not null && after.Due == due) return after;

        // The newest bucket is kept while empty for the asks that follow; once a newer one exists it
        // would only wait for the timer, so drop it now.
        if (after is not null && ReferenceEquals(after, _last) && after.Head is null)
        {
            var emptyTail = after;
            after = after.Previous;
            Remove(emptyTail);
        }

        var bucket = new Bucket(due) { Previous = after };
        if (after is null)
        {
            bucket.Next = _first;
            _first = bucket;
        }
        else
        {
            bucket.Next = after.Next;
            after.Next = bucket;
        }
        if (bucket.Next is null) _last = bucket;
        else bucket.Next.Previous = bucket;
        return bucket;
    }

    private void Remove(Bucket bucket)
    {
        if (bucket.Previous is null) _first = bucket.Next;
        else bucket.Previous.Next = bucket.Next;
        if (bucket.Next is null) _last = bucket.Previous;
        else bucket.Next.Previous = bucket.Previous;
        bucket.Previous = bucket.Next = null;
    }

    private void Arm(long due, long now)
    {
        _armedFor = due;
        var wait = _clock.GetElapsedTime(now, Math.Max(now, due));
        _timer.Change(wait < LongestWait ? wait : LongestWait, Timeout.InfiniteTimeSpan);
    }

    private void Disarm()
    {
        _armedFor = long.MaxValue;
        _first = _last = null;
        _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    private long RoundUp(long timestamp)
    {
        var remainder = timestamp % _resolution;
        return remainder == 0 ? timestamp : SaturatingAdd(timestamp, _resolution - remainder);
    }

    private long ToTimestamp(TimeSpan span) =>
        (long)Int128.Min((Int128)span.Ticks * _clock.TimestampFrequency / TimeSpan.TicksPerSecond, long.MaxValue / 2);

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    /// <summary>The asks due at one rounded deadline, in a doubly linked list threaded through the promises.</summary>
    internal sealed class Bucket(long due)
    {
        public long Due { get; } = due;

        public PromiseActorRef? Head;

        public Bucket? Previous;

        public Bucket? Next;
    }
}
