using System.Diagnostics;

namespace ActorMoo.Actors.Tests.World.Stress;

/// <summary>
/// One incarnation of the stress host (tests/ActorMoo.World.StressHost) as a child process. Its
/// output is drained all the time (a full pipe would stall the host's acknowledgements); the test
/// waits for its first acknowledgement and then kills it with SIGKILL.
/// </summary>
internal sealed class StressHostProcess : IDisposable
{
    /// <summary>How long an incarnation may take to create or recover the world and acknowledge a first move on a loaded machine.</summary>
    private static readonly TimeSpan FirstAcknowledgementTimeout = TimeSpan.FromMinutes(5);

    private readonly Process _process;
    private readonly TaskCompletionSource _firstAcknowledgement = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Queue<string> _errors = new();

    private StressHostProcess(Process process) => _process = process;

    /// <summary>Starts the host on the world in <paramref name="folder"/> (created on the first start).</summary>
    public static StressHostProcess Start(string folder)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, "ActorMoo.World.StressHost.dll");
        if (!File.Exists(assembly))
            throw new FileNotFoundException($"The stress host {assembly} is missing; the test project must reference its project.", assembly);
        var dotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet"
            ? Environment.ProcessPath!
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            ArgumentList = { assembly, folder },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var host = new StressHostProcess(new Process { StartInfo = start });
        host._process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith("ACKED ", StringComparison.Ordinal) == true)
                host._firstAcknowledgement.TrySetResult();
        };
        host._process.ErrorDataReceived += (_, e) => host.KeepError(e.Data);
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Completes when the host has made its first move durable and acknowledged it.</summary>
    public async Task WaitForFirstAcknowledgementAsync()
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_firstAcknowledgement.Task, exited).WaitAsync(FirstAcknowledgementTimeout);
        if (first == exited)
            throw new InvalidOperationException($"The stress host exited with {_process.ExitCode} before acknowledging a move: {Errors}");
    }

    /// <summary>SIGKILL: no flush, no finally blocks, no disposal — a crash.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private string Errors
    {
        get { lock (_errors) return string.Join(Environment.NewLine, _errors); }
    }

    private void KeepError(string? line)
    {
        if (line is null)
            return;
        lock (_errors)
        {
            _errors.Enqueue(line);
            if (_errors.Count > 40)
                _errors.Dequeue();
        }
    }
}
