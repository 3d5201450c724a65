using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace ActorMoo.Net.Tests.Robustness;

/// <summary>
/// Thousands of idle telnet clients in a child process (tests/ActorMoo.Net.IdleClients): they
/// connect, then send and read nothing. A child process, because the client and server ends of
/// 10,000 loopback connections together would not fit in one process's file-descriptor limit.
/// Closing its standard input closes every connection.
/// </summary>
internal sealed class IdleConnectionsProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<string> _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];

    private IdleConnectionsProcess(Process process) => _process = process;

    /// <summary>True while the child runs.</summary>
    public bool Running => !_process.HasExited;

    /// <summary>
    /// Starts the child: <paramref name="addresses"/> × <paramref name="perAddress"/> connections to
    /// <paramref name="server"/> from <paramref name="firstSource"/> and the loopback addresses after it.
    /// </summary>
    public static IdleConnectionsProcess Start(IPEndPoint server, IPAddress firstSource, int addresses, int perAddress)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, "ActorMoo.Net.IdleClients.dll");
        if (!File.Exists(assembly))
            throw new FileNotFoundException($"The idle-clients program {assembly} is missing; the test project must reference its project.", assembly);
        var dotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet"
            ? Environment.ProcessPath!
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            ArgumentList =
            {
                assembly, server.Address.ToString(), server.Port.ToString(CultureInfo.InvariantCulture), firstSource.ToString(),
                addresses.ToString(CultureInfo.InvariantCulture), perAddress.ToString(CultureInfo.InvariantCulture),
            },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var child = new IdleConnectionsProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        child._process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        child._process.Exited += (_, _) =>
        {
            child._process.WaitForExit(); // until its output is read to the end, so the reason is in it
            child._held.TrySetException(new InvalidOperationException($"The idle clients exited before holding their connections: {child.Output}"));
        };
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Completes when every connection is open; fails with the child's own words if one could not be.</summary>
    public Task WaitUntilHeldAsync(TimeSpan timeout) => _held.Task.WaitAsync(timeout);

    /// <summary>Closes every connection (by closing the child's standard input) and waits for the child to exit.</summary>
    public async Task CloseAllAsync(TimeSpan timeout)
    {
        _process.StandardInput.Close();
        await _process.WaitForExitAsync().WaitAsync(timeout);
        if (_process.ExitCode != 0)
            throw new InvalidOperationException($"The idle clients exited with {_process.ExitCode}: {Output}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private string Output
    {
        get { lock (_output) return string.Join(" | ", _output); }
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        lock (_output)
        {
            if (_output.Count < 20)
                _output.Add(line);
        }

        if (line.StartsWith("HELD ", StringComparison.Ordinal))
            _held.TrySetResult(line);
    }
}
