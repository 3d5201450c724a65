using ActorMoo.Host.Node;
using ActorMoo.Host.Options;
using ActorMoo.Host.Tests.Support;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Sharding;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Tests.Node;

/// <summary>A node built in-process exactly as the CLI builds it, with a private environment and directory.</summary>
public sealed class NodeHostTests : IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(1);

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private (IHost Host, CapturingLoggerProvider Logs) Build(Dictionary<string, string> environment)
    {
        var logs = new CapturingLoggerProvider();
        HostApplicationBuilder builder = NodeHost.CreateBuilder(TestEnvironment.Context(_directory.Path, environment));
        builder.Logging.AddProvider(logs);
        return (builder.Build(), logs);
    }

    [Fact]
    public async Task A_node_starts_logs_its_effective_configuration_and_stops_cleanly()
    {
        (IHost host, CapturingLoggerProvider logs) = Build(new Dictionary<string, string> { ["ACTORMOO_TELNET_PORT"] = "4444" });
        using (host)
        {
            using var timeout = new CancellationTokenSource(Generous);
            await host.StartAsync(timeout.Token);
            Assert.Contains(logs.Messages, m => m.EndsWith("Effective configuration: actormoo.network.telnet-port = 4444", StringComparison.Ordinal));
            Assert.Contains(logs.Messages, m => m.EndsWith("Effective configuration: actormoo.runtime.ask-timeout = 10s", StringComparison.Ordinal));
            Assert.Contains(logs.Messages, m => m.Contains("Configuration sources: reference.conf (built in), environment ACTORMOO_TELNET_PORT", StringComparison.Ordinal));
            await host.StopAsync(timeout.Token);
        }
    }

    [Fact]
    public async Task The_actor_system_runs_with_the_runtime_options_and_terminates_when_the_host_stops()
    {
        _directory.Write("hocon/actormoo.conf", "actormoo.runtime { mailbox-throughput = 42, sharding.shard-count = 12 }");
        (IHost host, CapturingLoggerProvider logs) = Build(new Dictionary<string, string>());
        using (host)
        {
            await host.StartAsync();
            ActorSystem system = host.Services.GetRequiredService<ActorSystem>();
            Assert.Equal(("actormoo", 42, false), (system.Name, system.Options.Throughput, system.IsTerminated));
            Assert.Equal(12, host.Services.GetRequiredService<ShardingSettings>().ShardCount);

            await host.StopAsync();
            Assert.True(system.IsTerminated);
            Assert.Equal("the host is stopping", system.CoordinatedShutdown.Reason);
            Assert.Contains(logs.Messages, m => m.EndsWith("Actor system actormoo terminated", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_host_stops_when_the_actor_system_terminates_by_itself()
    {
        (IHost host, _) = Build(new Dictionary<string, string>());
        using (host)
        {
            await host.StartAsync();
            var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
            await host.Services.GetRequiredService<ActorSystem>().TerminateAsync("a wizard typed @shutdown");
            await host.WaitForShutdownAsync().WaitAsync(Generous);
            Assert.True(lifetime.ApplicationStopped.IsCancellationRequested);
        }
    }

    [Fact]
    public async Task The_data_directory_is_created_on_start()
    {
        string dataDir = Path.Combine(_directory.Path, "state", "world");
        (IHost host, CapturingLoggerProvider logs) = Build(new Dictionary<string, string> { ["ACTORMOO_DATA_DIR"] = dataDir });
        using (host)
        {
            await host.StartAsync();
            Assert.True(Directory.Exists(dataDir));
            Assert.Equal(dataDir, host.Services.GetRequiredService<DataDirectory>().FullPath);
            Assert.Contains(logs.Messages, m => m.EndsWith($"Created the data directory {dataDir}", StringComparison.Ordinal));
            await host.StopAsync();
        }
    }

    [Fact]
    public void A_relative_data_directory_is_relative_to_the_working_directory()
    {
        (IHost host, _) = Build(new Dictionary<string, string> { ["ACTORMOO_DATA_DIR"] = "var/moo" });
        using (host)
        {
            Assert.Equal(Path.Combine(_directory.Path, "var", "moo"), host.Services.GetRequiredService<DataDirectory>().FullPath);
        }
    }

    [Fact]
    public async Task Secrets_never_reach_the_log()
    {
        (IHost host, CapturingLoggerProvider logs) = Build(new Dictionary<string, string>
        {
            ["ACTORMOO_WIZARD_PASSWORD"] = "hunter2",
            ["ACTORMOO_POSTGRES"] = "Host=127.0.0.1;Port=1;Database=moo;Username=moo;Password=hunter2",
        });
        using (host)
        {
            // Nothing listens on port 1: the node logs its configuration, then fails to open the database.
            await Assert.ThrowsAsync<ActorMoo.Host.Persistence.StorageUnavailableException>(() => host.StartAsync());
            await host.StopAsync();
        }

        Assert.DoesNotContain(logs.Messages, m => m.Contains("hunter2", StringComparison.Ordinal));
        Assert.Contains(logs.Messages, m => m.EndsWith("actormoo.world.wizard-password = \"<redacted>\"", StringComparison.Ordinal));
        Assert.Contains(logs.Messages, m => m.Contains("actormoo.storage.postgres", StringComparison.Ordinal) && m.Contains("127.0.0.1", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_are_bound_from_the_configuration()
    {
        (IHost host, _) = Build(new Dictionary<string, string> { ["ACTORMOO_BIND"] = "::1", ["ACTORMOO_HTTP_PORT"] = "9090" });
        using (host)
        {
            NetworkOptions network = host.Services.GetRequiredService<IOptions<NetworkOptions>>().Value;
            Assert.Equal(("::1", 9090, 7777), (network.Bind, network.HttpPort, network.TelnetPort));
            Assert.Equal(100, host.Services.GetRequiredService<IOptions<RuntimeOptions>>().Value.Sharding.ShardCount);
        }
    }

    [Fact]
    public async Task Invalid_options_stop_the_start_and_are_all_reported()
    {
        (IHost host, _) = Build(new Dictionary<string, string> { ["ACTORMOO_TELNET_PORT"] = "99999", ["ACTORMOO_BIND"] = "example.org" });
        using (host)
        {
            var error = Assert.Throws<OptionsValidationException>(() => NodeHost.CheckStartup(host.Services));
            Assert.Equal(2, error.Failures.Count());
            await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        }
    }

    [Fact]
    public void A_data_directory_that_cannot_be_created_is_a_startup_error()
    {
        string blocker = _directory.Write("blocker", "a file, not a directory");
        (IHost host, _) = Build(new Dictionary<string, string> { ["ACTORMOO_DATA_DIR"] = Path.Combine(blocker, "data") });
        using (host)
        {
            var error = Assert.Throws<NodeStartupException>(() => NodeHost.CheckStartup(host.Services));
            Assert.Contains("cannot create the data directory", error.Message, StringComparison.Ordinal);
        }
    }
}
