using ActorMoo.Host.Cli;
using ActorMoo.Host.Tests.Support;

namespace ActorMoo.Host.Tests.Cli;

/// <summary>The command line run in-process with a private environment and captured output.</summary>
public sealed class ActorMooCommandLineTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private async Task<(int ExitCode, string Output, string Error)> Run(string[] args, Dictionary<string, string>? environment = null,
        CancellationToken cancellationToken = default)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var cli = new CliContext(Support.Hocon.Lookup(environment), _directory.Path);
        int exitCode = await ActorMooCommandLine.InvokeAsync(args, cli, output, error, cancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task The_config_verb_prints_the_sources_and_effective_values()
    {
        _directory.Write("custom.conf", "actormoo.network.telnet-port = 4000");
        (int exitCode, string output, string error) = await Run(["config", "--config", "custom.conf"],
            new Dictionary<string, string> { ["ACTORMOO_WIZARD_PASSWORD"] = "hunter2" });

        Assert.Equal((ExitCodes.Success, ""), (exitCode, error));
        string[] lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("# from reference.conf (built in)", lines[0]);
        Assert.Equal($"# from {Path.Combine(_directory.Path, "custom.conf")} (--config)", lines[1]);
        Assert.Contains("actormoo.network.telnet-port = 4000", lines);
        Assert.Contains("actormoo.world.wizard-password = \"<redacted>\"", lines);
        Assert.DoesNotContain("hunter2", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_directory.Path, "data")), "config must not create the data directory");
    }

    [Fact]
    public async Task A_syntax_error_is_reported_with_file_line_and_column_and_exit_code_78()
    {
        string file = _directory.Write("bad.conf", "actormoo {\n  network.bind = \n}");
        (int exitCode, string output, string error) = await Run(["config", "-c", "bad.conf"]);
        Assert.Equal(ExitCodes.ConfigurationError, exitCode);
        Assert.Equal($"actormoo: cannot start: {file}:3:1: expected a value, found '}}'" + Environment.NewLine, error);
        Assert.Equal("", output);
    }

    [Fact]
    public async Task Every_invalid_section_is_listed_without_a_stack_trace()
    {
        _directory.Write("hocon/actormoo.conf", "actormoo.runtime.mailbox-throughput = 0");
        (int exitCode, _, string error) = await Run([], new Dictionary<string, string> { ["ACTORMOO_HTTP_PORT"] = "http" });
        Assert.Equal(ExitCodes.ConfigurationError, exitCode);
        Assert.Equal(
            "actormoo: cannot start, the configuration has 2 problems:" + Environment.NewLine
            + "  - actormoo.network.http-port = \"http\": must be a whole number" + Environment.NewLine
            + "  - actormoo.runtime.mailbox-throughput = 0: must be at least 1 message per turn" + Environment.NewLine,
            error);
    }

    [Fact]
    public async Task A_missing_config_file_is_a_configuration_error()
    {
        (int exitCode, _, string error) = await Run(["--config", "nowhere.conf"]);
        Assert.Equal(ExitCodes.ConfigurationError, exitCode);
        Assert.Contains("nowhere.conf:1:1: configuration file not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_without_a_verb_runs_a_node_until_it_is_stopped()
    {
        string dataDir = Path.Combine(_directory.Path, "data");
        using var stop = new CancellationTokenSource();
        Task<(int, string, string)> run = Run([], new Dictionary<string, string> { ["ACTORMOO_DATA_DIR"] = dataDir }, stop.Token);

        // The data directory appears once the node has started; then stop it as Ctrl+C would.
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!Directory.Exists(dataDir) && !run.IsCompleted)
        {
            await Task.Delay(20, deadline.Token);
        }

        stop.Cancel();
        (int exitCode, _, string error) = await run.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal((ExitCodes.Success, ""), (exitCode, error));
    }

    [Fact]
    public async Task Help_lists_the_config_option_and_the_verbs()
    {
        (int exitCode, string output, _) = await Run(["--help"]);
        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("--config <file>", output, StringComparison.Ordinal);
        Assert.Contains("config ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_verb_is_a_usage_error()
    {
        (int exitCode, _, string error) = await Run(["frobnicate"]);
        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("frobnicate", error, StringComparison.Ordinal);
    }
}
