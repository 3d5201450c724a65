using System.Diagnostics;
using ActorMoo.Host.Cli;
using ActorMoo.Host.Tests.Support;

namespace ActorMoo.Host.Tests.Cli;

/// <summary>The real <c>actormoo</c> executable, started as a process and stopped by a signal, as an operator would.</summary>
public sealed class ActorMooProcessTests : IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(2);

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task The_executable_logs_its_configuration_and_exits_0_on_a_stop_signal(string signal)
    {
        string dataDir = Path.Combine(_directory.Path, "data");
        using Process process = Start(new Dictionary<string, string> { ["ACTORMOO_DATA_DIR"] = dataDir, ["ACTORMOO_TELNET_PORT"] = "4777" });
        var output = new OutputCollector(process);

        await output.WaitForLine("Application started", Generous);
        await Signal(process, signal);
        await process.WaitForExitAsync().WaitAsync(Generous);

        Assert.Equal(ExitCodes.Success, process.ExitCode);
        Assert.Contains(output.Lines, l => l.EndsWith("Effective configuration: actormoo.network.telnet-port = 4777", StringComparison.Ordinal));
        Assert.Contains(output.Lines, l => l.Contains("Application is shutting down", StringComparison.Ordinal));
        Assert.Contains(output.Lines, l => l.EndsWith("Actor system actormoo terminated", StringComparison.Ordinal));
        Assert.True(Directory.Exists(dataDir));
    }

    [Fact]
    public async Task A_bad_configuration_exits_78_with_the_problem_and_no_stack_trace()
    {
        using Process process = Start(new Dictionary<string, string> { ["ACTORMOO_BIND"] = "not-an-address" });
        var output = new OutputCollector(process);
        await process.WaitForExitAsync().WaitAsync(Generous);
        await output.Completed.WaitAsync(Generous);

        Assert.Equal(ExitCodes.ConfigurationError, process.ExitCode);
        Assert.Equal(
            ["actormoo: cannot start: actormoo.network.bind = \"not-an-address\": must be an IP address such as 127.0.0.1, 0.0.0.0 or :: (host names are not accepted)"],
            output.Lines);
    }

    // Regression: an unreachable PostgreSQL at start used to end the node with a stack trace.
    [Fact]
    public async Task An_unreachable_database_exits_69_with_one_line_and_no_stack_trace()
    {
        using Process process = Start(new Dictionary<string, string>
        {
            ["ACTORMOO_POSTGRES"] = "Host=127.0.0.1;Port=1;Username=moo;Password=hunter2;Timeout=3",
        });
        var output = new OutputCollector(process);
        await process.WaitForExitAsync().WaitAsync(Generous);
        await output.Completed.WaitAsync(Generous);

        Assert.Equal(ExitCodes.StorageUnavailable, process.ExitCode);
        string failure = Assert.Single(output.Lines, l => l.StartsWith("actormoo: cannot start:", StringComparison.Ordinal));
        Assert.Contains("127.0.0.1:1", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(output.Lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain(output.Lines, l => l.Contains("hunter2", StringComparison.Ordinal));
    }

    private Process Start(Dictionary<string, string> environment)
    {
        string executable = Path.Combine(AppContext.BaseDirectory, "actormoo.dll");
        var start = new ProcessStartInfo("dotnet", [executable])
        {
            WorkingDirectory = _directory.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };

        // A clean environment for the node: none of the machine's ACTORMOO_ variables leak in.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("ACTORMOO_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach ((string name, string value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start actormoo");
    }

    private static async Task Signal(Process process, string signal)
    {
        using Process kill = Process.Start("kill", ["-s", signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync().WaitAsync(Generous);
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Collects stdout and stderr lines and lets a test await a line.</summary>
    private sealed class OutputCollector
    {
        private readonly List<string> _lines = [];
        private readonly TaskCompletionSource _stdoutDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _stderrDone = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public OutputCollector(Process process)
        {
            process.OutputDataReceived += (_, e) => Add(e.Data, _stdoutDone);
            process.ErrorDataReceived += (_, e) => Add(e.Data, _stderrDone);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Task Completed => Task.WhenAll(_stdoutDone.Task, _stderrDone.Task);

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return _lines.ToList();
                }
            }
        }

        public async Task WaitForLine(string fragment, TimeSpan timeout)
        {
            using var deadline = new CancellationTokenSource(timeout);
            while (!Lines.Any(l => l.Contains(fragment, StringComparison.Ordinal)))
            {
                if (Completed.IsCompleted)
                {
                    Assert.Fail($"actormoo exited before logging '{fragment}':{Environment.NewLine}{string.Join(Environment.NewLine, Lines)}");
                }

                await Task.Delay(25, deadline.Token);
            }
        }

        private void Add(string? line, TaskCompletionSource done)
        {
            if (line is null)
            {
                done.TrySetResult();
                return;
            }

            lock (_lines)
            {
                _lines.Add(line);
            }
        }
    }
}
