using ActorMoo.Runtime.Persistence;

namespace ActorMoo.TestKit.Persistence.Tck;

/// <summary>
/// The child-process side of the crash-consistency test: streams multi-entity atomic writes through a
/// journal from several concurrent writers (so group commit batches them) and prints
/// <c>ACK &lt;batch&gt; END</c> for each one only after the journal acknowledged it. The parent kills
/// the process with SIGKILL mid-stream and checks the store (<see cref="CrashConsistencySpec"/>).
/// </summary>
/// <remarks>
/// A back end's own child program opens its journal (with <see cref="TckSerialization.CreateSerializer"/>)
/// and calls <see cref="RunAsync"/>. Each batch writes 3 of its stream's 5 entities, 1–3 events each, and
/// every event records its batch number and the batch's event count, so a partial batch is detectable.
/// </remarks>
public static class CrashStreamWriter
{
    /// <summary>Entities per stream; batches pick 3 of them.</summary>
    private const int EntitiesPerStream = 5;

    /// <summary>Spacing of batch numbers between streams, so every batch number is unique.</summary>
    public const long StreamStride = 10_000_000;

    /// <summary>The persistence id of entity <paramref name="entity"/> of stream <paramref name="stream"/>.</summary>
    public static string EntityId(int stream, int entity) => $"crash-s{stream}-e{entity}";

    /// <summary>
    /// Writes batches from <paramref name="streams"/> concurrent writers until each has written
    /// <paramref name="batchesPerStream"/> (the bound that stops an orphaned child) or the token is cancelled.
    /// </summary>
    public static async Task RunAsync(EventJournal journal, TextWriter output, int streams = 8, int batchesPerStream = 100_000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(output);
        var gate = new Lock();
        await Task.WhenAll(Enumerable.Range(0, streams).Select(stream => Task.Run(async () =>
        {
            var heads = new long[EntitiesPerStream];
            for (var k = 0; k < batchesPerStream && !cancellationToken.IsCancellationRequested; k++)
            {
                var batch = (stream * StreamStride) + k;
                var picks = new[] { k % EntitiesPerStream, (k + 1) % EntitiesPerStream, (k + 2) % EntitiesPerStream };
                var counts = picks.Select((_, i) => 1 + ((k + i) % 3)).ToArray();
                var total = counts.Sum();
                var index = 0;
                var entities = picks.Select((entity, i) => new EntityWrite(
                    EntityId(stream, entity),
                    heads[entity],
                    [.. Enumerable.Range(0, counts[i]).Select(_ => (object)new CrashEvent(batch, index++, total))])).ToList();

                await journal.WriteAsync(new AtomicWrite(entities)).ConfigureAwait(false);
                for (var i = 0; i < picks.Length; i++)
                    heads[picks[i]] += counts[i];
                lock (gate)
                {
                    // One write per line, terminated by END: a line cut by the kill is recognisably incomplete.
                    output.WriteLine($"ACK {batch} END");
                    output.Flush();
                }
            }
        }, cancellationToken))).ConfigureAwait(false);
    }
}
