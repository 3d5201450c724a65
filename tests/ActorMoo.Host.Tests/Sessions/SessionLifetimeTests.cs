using ActorMoo.Actors.Sessions;
using ActorMoo.Host.Node;
using ActorMoo.Host.Tests.Support;

namespace ActorMoo.Host.Tests.Sessions;

/// <summary>A node runs accounts and sessions on its world: the first wizard can log in and play through the console.</summary>
public sealed class SessionLifetimeTests : IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(2);

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private (IHost Host, CapturingLoggerProvider Logs) Build(IReadOnlyDictionary<string, string>? environment = null)
    {
        var logs = new CapturingLoggerProvider();
        HostApplicationBuilder builder = NodeHost.CreateBuilder(TestEnvironment.NodeContext(_directory.Path, environment));
        builder.Logging.AddProvider(logs);
        return (builder.Build(), logs);
    }

    [Fact]
    public async Task The_wizard_password_from_the_environment_must_log_in_on_the_console_and_survive_a_restart()
    {
        var environment = new Dictionary<string, string> { ["ACTORMOO_WIZARD_PASSWORD"] = "Env-wizard-pw" };
        for (var start = 0; start < 2; start++)
        {
            (IHost host, CapturingLoggerProvider logs) = Build(environment);
            using (host)
            {
                using var timeout = new CancellationTokenSource(Generous);
                await host.StartAsync(timeout.Token);
                await using (var console = await LocalSession.OpenAsync(host.Services.GetRequiredService<WorldSessions>()))
                {
                    await console.ReadUntilPromptAsync();
                    Assert.Contains("*** Connected ***", await console.CommandAsync("connect wizard Env-wizard-pw"), StringComparison.Ordinal);
                }

                await host.StopAsync(timeout.Token);
                Assert.DoesNotContain(logs.Messages, m => m.Contains("Env-wizard-pw", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public async Task Without_a_configured_password_the_generated_one_must_be_printed_once_and_let_the_wizard_play()
    {
        (IHost host, CapturingLoggerProvider logs) = Build();
        using (host)
        {
            using var timeout = new CancellationTokenSource(Generous);
            await host.StartAsync(timeout.Token);
            string banner = Assert.Single(logs.Messages, m => m.Contains("connect Wizard ", StringComparison.Ordinal));
            string password = banner.Split("connect Wizard ")[1].Split('\n')[0].Trim();
            await using (var console = await LocalSession.OpenAsync(host.Services.GetRequiredService<WorldSessions>()))
            {
                await console.ReadUntilPromptAsync();
                Assert.Contains("*** Connected ***", await console.CommandAsync($"connect Wizard {password}"), StringComparison.Ordinal);
                Assert.Contains("You say, \"hello\"", await console.CommandAsync("say hello"), StringComparison.Ordinal);
            }

            await host.StopAsync(timeout.Token);
        }
    }
}
