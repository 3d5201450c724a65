using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Actors.World.Tasks;

/// <summary>
/// Hands out task ids, each once, ever, across restarts: ids are taken from blocks whose end is
/// persisted before the first id of the block is given out, so a restart continues after the last
/// block (the rest of that block is simply never used). One block write per
/// <see cref="BlockSize"/> tasks keeps the journal out of every command's path.
/// </summary>
public sealed class TaskIdSource
{
    /// <summary>Ids per persisted block.</summary>
    public const int BlockSize = 1000;

    private readonly IActorRef _blocks;
    private readonly TimeSpan _timeout;
    private readonly Lock _gate = new();

    /// <summary>Lets one caller at a time reserve the next block.</summary>
    private readonly SemaphoreSlim _refill = new(1, 1);

    /// <summary>The next id to hand out; ids below <see cref="_end"/> are in a durable block. Guarded by <see cref="_gate"/>.</summary>
    private long _next;

    /// <summary>The end of the current block (exclusive); equal to <see cref="_next"/> when it is used up.</summary>
    private long _end;

    private TaskIdSource(IActorRef blocks, TimeSpan timeout)
    {
        _blocks = blocks;
        _timeout = timeout;
    }

    /// <summary>Starts the source's persistent block counter (journal id <c>task-id-blocks</c>) in <paramref name="system"/>.</summary>
    public static TaskIdSource Start(ActorSystem system, PersistenceRuntime persistence, TimeSpan? askTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(persistence);
        var blocks = system.ActorOf(Props.Create(() => new TaskIdBlocks(persistence)), TaskIdBlocks.BlocksPersistenceId);
        return new TaskIdSource(blocks, askTimeout ?? TimeSpan.FromSeconds(10));
    }

    /// <summary>A task id never handed out before; waits for a block write only once per <see cref="BlockSize"/> ids.</summary>
    public async ValueTask<long> NextAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            lock (_gate)
            {
                if (_next < _end)
                    return _next++;
            }
            await _refill.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                bool used;
                lock (_gate) used = _next >= _end;
                if (used)
                {
                    var block = await _blocks.Ask<TaskIdBlocks.Reserved>(TaskIdBlocks.Reserve.Instance, _timeout, cancellationToken).ConfigureAwait(false);
                    lock (_gate) (_next, _end) = (block.From, block.UpTo);
                }
            }
            finally
            {
                _refill.Release();
            }
        }
    }
}

/// <summary>The persistent counter behind <see cref="TaskIdSource"/>: the end of the last block handed out.</summary>
internal sealed class TaskIdBlocks : PersistentActor
{
    /// <summary>The journal id of the counter.</summary>
    public const string BlocksPersistenceId = "task-id-blocks";

    /// <summary>The first id of the next block (task ids start at 1).</summary>
    private long _next = 1;

    public TaskIdBlocks(PersistenceRuntime persistence)
        : base(persistence)
    {
        OnEvent<TaskIdsReserved>(e => _next = Math.Max(_next, e.UpTo));
        ReceiveAsync<Reserve>(_ => OnReserveAsync());
    }

    /// <inheritdoc />
    public override string PersistenceId => BlocksPersistenceId;

    private async Task OnReserveAsync()
    {
        var sender = Sender;
        var from = _next;
        var upTo = from + TaskIdSource.BlockSize;
        if (await PersistAsync(new TaskIdsReserved(upTo)).ConfigureAwait(false))
            sender.Tell(new Reserved(from, upTo), Self);
        else
            sender.Tell(new Status.Failure(new InvalidOperationException("The task id counter could not be saved.")), Self);
    }

    /// <summary>Asks for a block; answered with <see cref="Reserved"/>.</summary>
    public sealed record Reserve
    {
        /// <summary>The only instance.</summary>
        public static Reserve Instance { get; } = new();
    }

    /// <summary>Ids <paramref name="From"/> up to <paramref name="UpTo"/> (exclusive) are the caller's.</summary>
    public sealed record Reserved(long From, long UpTo);
}

/// <summary>The block counter's event: ids below <paramref name="UpTo"/> have been handed out.</summary>
/// <param name="UpTo">The end (exclusive) of the block reserved.</param>
public sealed record TaskIdsReserved(long UpTo)
{
    /// <summary>The stable manifest.</summary>
    public const string Manifest = "moo.task-ids-reserved.v1";
}
