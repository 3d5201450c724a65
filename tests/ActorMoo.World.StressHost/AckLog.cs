using System.Text;
using System.Threading.Channels;
using ActorMoo.Scripting.Values;

namespace ActorMoo.World.StressHost;

/// <summary>
/// The append-only file of acknowledged moves. A move counts as acknowledged only once its line is
/// fsynced; lines of concurrent players are group-written (one fsync per batch). After each batch
/// the running total is printed as <c>ACKED n</c>, which the test watches to time its kills.
/// </summary>
public sealed class AckLog : IAsyncDisposable
{
    /// <summary>The file's name in the data folder.</summary>
    public const string FileName = "acks.log";

    private readonly FileStream _file;
    private readonly TextWriter _progress;
    private readonly Channel<(Acknowledgement Ack, TaskCompletionSource Durable)> _pending =
        Channel.CreateUnbounded<(Acknowledgement, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    /// <summary>How many moves this process has acknowledged.</summary>
    private long _acknowledged;

    /// <summary>Opens the file in <paramref name="folder"/> for appending; progress lines go to <paramref name="progress"/>.</summary>
    public AckLog(string folder, TextWriter progress)
    {
        _file = new FileStream(Path.Combine(folder, FileName), FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0);
        _progress = progress;
        _writer = Task.Run(WriteBatchesAsync);
    }

    /// <summary>Completes once the acknowledgement is durable in the file.</summary>
    public Task AppendAsync(Acknowledgement ack)
    {
        var durable = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_pending.Writer.TryWrite((ack, durable)))
            durable.SetException(new ObjectDisposedException(nameof(AckLog)));
        return durable.Task;
    }

    /// <summary>The newest acknowledgement of every object in the file of <paramref name="folder"/> (the highest version wins).</summary>
    public static IReadOnlyDictionary<ObjectId, Acknowledgement> ReadLatest(string folder)
    {
        var latest = new Dictionary<ObjectId, Acknowledgement>();
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
            return latest;
        foreach (var line in File.ReadLines(path))
        {
            if (Acknowledgement.TryParse(line) is { } ack && (!latest.TryGetValue(ack.Object, out var seen) || ack.Version > seen.Version))
                latest[ack.Object] = ack;
        }
        return latest;
    }

    /// <summary>How many whole acknowledgement lines the file of <paramref name="folder"/> holds.</summary>
    public static int Count(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? File.ReadLines(path).Count(line => Acknowledgement.TryParse(line) is not null) : 0;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        await _file.DisposeAsync().ConfigureAwait(false);
    }

    private async Task WriteBatchesAsync()
    {
        var batch = new List<(Acknowledgement Ack, TaskCompletionSource Durable)>();
        var text = new StringBuilder();
        while (await _pending.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (_pending.Reader.TryRead(out var entry))
                batch.Add(entry);
            foreach (var (ack, _) in batch)
                text.Append(ack.ToLine()).Append('\n');
            var bytes = Encoding.ASCII.GetBytes(text.ToString());
            // One write and one fsync for the whole batch; a kill may cut its tail, which the END markers reveal.
            await _file.WriteAsync(bytes).ConfigureAwait(false);
            _file.Flush(flushToDisk: true);
            _acknowledged += batch.Count;
            _progress.WriteLine($"ACKED {_acknowledged}");
            foreach (var (_, durable) in batch)
                durable.SetResult();
            batch.Clear();
            text.Clear();
        }
    }
}
