using System.Diagnostics;
using ActorMoo.LoadGen.Client;
using ActorMoo.LoadGen.Measurement;
using ActorMoo.LoadGen.Workload;

namespace ActorMoo.LoadGen;

/// <summary>
/// One load run in two phases. First every player connects (one every <see cref="LoadSettings.Ramp"/>)
/// and logs in, creating its character on the first run. Then all of them type commands in a
/// closed loop — the next command only once the previous one's prompt arrived — through the
/// warm-up and the measured window. Only commands that start and end inside the window count.
/// Progress and errors go to <paramref name="log"/> (stderr), so stdout holds only the report.
/// </summary>
public sealed class LoadRun(LoadSettings settings, TextWriter log)
{
    /// <summary>Connections that failed so far, in either phase.</summary>
    private int _errors;

    /// <summary>Runs the load and returns its report.</summary>
    public async Task<LoadReport> RunAsync(CancellationToken cancellationToken)
    {
        var players = await Task.WhenAll(Enumerable.Range(0, settings.Connections)
            .Select(i => ConnectAsync(i, cancellationToken))).ConfigureAwait(false);
        var ready = players.Where(p => p.Connection is not null).ToArray();
        log.WriteLine($"loadgen: {ready.Length}/{settings.Connections} players logged in; warming up {settings.Warmup.TotalSeconds} s, measuring {settings.Duration.TotalSeconds} s");

        long start = Stopwatch.GetTimestamp() + ToTicks(settings.Warmup);
        long end = start + ToTicks(settings.Duration);
        var samples = ready.Select(_ => new LatencySamples()).ToArray();
        try
        {
            await Task.WhenAll(ready.Select((p, i) => PlayAsync(p.Connection!, p.Index, samples[i], start, end, cancellationToken)))
                .ConfigureAwait(false);
        }
        finally
        {
            foreach (var player in ready)
            {
                await player.Connection!.DisposeAsync().ConfigureAwait(false);
            }
        }

        return LoadReport.From(ready.Length, settings.Duration, samples, _errors);
    }

    /// <summary>Connects and logs in player <paramref name="index"/>; a null connection means it failed (counted).</summary>
    private async Task<(int Index, MooConnection? Connection)> ConnectAsync(int index, CancellationToken cancellationToken)
    {
        await Task.Delay(settings.Ramp * index, cancellationToken).ConfigureAwait(false);
        MooConnection? connection = null;
        try
        {
            using var timeout = Timeout(cancellationToken);
            connection = await MooConnection.OpenAsync(settings.Server, settings.SourceFor(index), timeout.Token).ConfigureAwait(false);
            await connection.ReadGreetingAsync(timeout.Token).ConfigureAwait(false);
            await connection.LogInAsync(settings.Prefix + index, settings.Password, timeout.Token).ConfigureAwait(false);
            return (index, connection);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Fail(index, "login", e);
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            return (index, null);
        }
    }

    /// <summary>Types commands until <paramref name="end"/>, recording those inside [<paramref name="start"/>, <paramref name="end"/>].</summary>
    private async Task PlayAsync(MooConnection connection, int index, LatencySamples samples, long start, long end, CancellationToken cancellationToken)
    {
        var script = new PlayerScript(settings.Mix, seed: index);
        try
        {
            while (Stopwatch.GetTimestamp() < end)
            {
                string line = script.Next();
                using var timeout = Timeout(cancellationToken);
                long sent = Stopwatch.GetTimestamp();
                await connection.ExecuteAsync(line, timeout.Token).ConfigureAwait(false);
                long answered = Stopwatch.GetTimestamp();
                if (sent >= start && answered <= end)
                {
                    samples.Add(answered - sent);
                }
            }

            await connection.SendAsync("QUIT", cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Fail(index, "command", e);
        }
    }

    private CancellationTokenSource Timeout(CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(settings.Timeout);
        return source;
    }

    private void Fail(int index, string phase, Exception e)
    {
        Interlocked.Increment(ref _errors);
        string why = e is OperationCanceledException ? $"no prompt within {settings.Timeout.TotalSeconds} s" : e.Message;
        lock (log)
        {
            log.WriteLine($"loadgen: {settings.Prefix}{index} failed during {phase}: {why}");
        }
    }

    private static long ToTicks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
