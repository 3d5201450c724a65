using System.Diagnostics;
using System.Globalization;
using ActorMoo.Runtime.Persistence;
using Xunit;

namespace ActorMoo.TestKit.Persistence.Tck;

/// <summary>
/// Crash consistency, part of the journal conformance suite: a child process streams multi-entity
/// batches (<see cref="CrashStreamWriter"/>) and is killed with SIGKILL mid-stream; reopened, the store
/// must hold every acknowledged batch and no partial batch. Subclass it with a child program for your
/// back end.
/// </summary>
public abstract class CrashConsistencySpec : IAsyncLifetime
{
    /// <summary>How long the child may take to produce its acknowledgements on a loaded machine.</summary>
    private static readonly TimeSpan ChildTimeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Prepares an empty, migrated store and says how to start the child process that runs
    /// <see cref="CrashStreamWriter.RunAsync"/> against it (stdout is redirected by the suite).
    /// </summary>
    protected abstract Task<ProcessStartInfo> PrepareWriterAsync();

    /// <summary>Opens the store again after the child was killed, as a restarted node would.</summary>
    protected abstract Task<IJournalStorage> OpenStorageAsync();

    /// <summary>Releases the store; runs after the reopened journal is disposed.</summary>
    protected virtual Task CleanupAsync() => Task.CompletedTask;

    /// <summary>How many acknowledged batches to wait for before the kill.</summary>
    protected virtual int AcknowledgementsBeforeKill => 250;

    /// <inheritdoc />
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public Task DisposeAsync() => CleanupAsync();

    /// <summary>After kill -9 mid-stream: every acknowledged batch is there whole, and no batch is there in part.</summary>
    [Fact]
    public async Task Journal_must_hold_every_acknowledged_batch_and_no_partial_batch_after_the_writer_is_killed()
    {
        var start = await PrepareWriterAsync();
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var acknowledged = new HashSet<long>();

        using (var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}."))
        {
            var errors = child.StandardError.ReadToEndAsync();
            using (var timeout = new CancellationTokenSource(ChildTimeout))
            {
                while (acknowledged.Count < AcknowledgementsBeforeKill)
                {
                    var line = await child.StandardOutput.ReadLineAsync(timeout.Token);
                    if (line is null)
                        Assert.Fail($"The writer exited after {acknowledged.Count} acknowledgements: {await errors}");
                    AddAcknowledgement(acknowledged, line);
                }
            }

            child.Kill(entireProcessTree: true); // SIGKILL on Unix: no flush, no finally blocks, no disposal.
            await child.WaitForExitAsync();
            // Lines already in the pipe were acknowledged before the kill; they count too.
            foreach (var line in (await child.StandardOutput.ReadToEndAsync()).Split('\n'))
                AddAcknowledgement(acknowledged, line);
        }

        await using var journal = new EventJournal(await OpenStorageAsync(), TckSerialization.CreateSerializer(), new JournalOptions(), TimeProvider.System);
        var events = await journal.ReadAllEventsAsync().ToListAsync();

        var batches = events.GroupBy(e => ((CrashEvent)e.Event).Batch).ToList();
        foreach (var batch in batches)
        {
            var expected = ((CrashEvent)batch.First().Event).Count;
            Assert.True(batch.Count() == expected, $"Batch {batch.Key} is partial: {batch.Count()} of {expected} events are stored.");
            Assert.Equal(Enumerable.Range(0, expected), batch.Select(e => ((CrashEvent)e.Event).Index).Order());
        }
        var stored = batches.Select(b => b.Key).ToHashSet();
        var lost = acknowledged.Where(b => !stored.Contains(b)).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} acknowledged batches are missing, e.g. {string.Join(", ", lost.Take(5))}.");
        foreach (var entity in events.GroupBy(e => e.PersistenceId))
            Assert.Equal(Enumerable.Range(1, entity.Count()).Select(n => (long)n), entity.Select(e => e.SequenceNr).Order());
    }

    /// <summary>
    /// Starts <paramref name="assemblyFileName"/> (a console program next to the test assembly, e.g. a
    /// project the test project references) on the same <c>dotnet</c> host as the tests.
    /// </summary>
    protected static ProcessStartInfo DotnetProcess(string assemblyFileName, params string[] arguments)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, assemblyFileName);
        if (!File.Exists(assembly))
            throw new FileNotFoundException($"The crash writer {assembly} is missing; reference its project from the test project.", assembly);
        var host = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet"
            ? Environment.ProcessPath!
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(host) { ArgumentList = { assembly } };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        return start;
    }

    private static void AddAcknowledgement(HashSet<long> acknowledged, string line)
    {
        var parts = line.Trim().Split(' ');
        if (parts is ["ACK", var number, "END"])
            acknowledged.Add(long.Parse(number, CultureInfo.InvariantCulture));
    }
}
