using System.Collections.Concurrent;
using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Host.Node;
using ActorMoo.Host.Tests.Support;
using ActorMoo.Host.World;
using ActorMoo.Scripting.Values;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ActorMoo.Host.Tests.World;

/// <summary>A node runs the world: verbs run through the container's executor against SQLite in the data directory.</summary>
public sealed class WorldLifetimeTests : IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(2);

    /// <summary>Free ports: other nodes (tests, a developer's server) may hold the default ones.</summary>
    private static readonly Dictionary<string, string> AnyPorts = new() { ["ACTORMOO_TELNET_PORT"] = "0", ["ACTORMOO_HTTP_PORT"] = "0" };

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private (IHost Host, CapturingLoggerProvider Logs, RecordingSink Effects) Build()
    {
        var logs = new CapturingLoggerProvider();
        var effects = new RecordingSink();
        HostApplicationBuilder builder = NodeHost.CreateBuilder(TestEnvironment.Context(_directory.Path, AnyPorts));
        builder.Logging.AddProvider(logs);
        builder.Services.Replace(ServiceDescriptor.Singleton<ITaskEffectSink>(effects));
        return (builder.Build(), logs, effects);
    }

    [Fact]
    public async Task A_verb_runs_through_the_container_s_executor_and_its_world_survives_a_restart()
    {
        ObjectId wizard;
        (IHost host, _, RecordingSink effects) = Build();
        using (host)
        {
            using var timeout = new CancellationTokenSource(Generous);
            await host.StartAsync(timeout.Token);
            wizard = await CreateWizardWithVerbAsync(host.Services.GetRequiredService<WorldTasks>(), "notify(player, 'Hello, ' .. this.name)\nreturn 42");

            TaskOutcome<MooValue> outcome = await host.Services.GetRequiredService<VerbExecutor>().CallAsync(wizard, wizard, "greet", [], cancellationToken: timeout.Token);

            Assert.True(outcome.IsCommitted, outcome.Message);
            Assert.Equal(MooValue.Integer(42), outcome.Value);
            Assert.Equal(new NotifyEffect(wizard, "Hello, Wizard"), Assert.Single(effects.Released));
            await host.StopAsync(timeout.Token);
        }

        Assert.True(File.Exists(Path.Combine(_directory.Path, "data", "actormoo.db")));
        (IHost restarted, _, _) = Build();
        using (restarted)
        {
            using var timeout = new CancellationTokenSource(Generous);
            await restarted.StartAsync(timeout.Token);
            var read = await restarted.Services.GetRequiredService<WorldObjects>().ReadAsync(wizard, timeout.Token);
            Assert.Equal("Wizard", read.State!.Name);
            Assert.NotNull(read.State.FindDefinedVerb("greet"));
            await restarted.StopAsync(timeout.Token);
        }
    }

    [Fact]
    public async Task The_world_stops_before_the_actor_system_and_persistence()
    {
        (IHost host, CapturingLoggerProvider logs, _) = Build();
        using (host)
        {
            using var timeout = new CancellationTokenSource(Generous);
            await host.StartAsync(timeout.Token);
            Assert.Contains(logs.Messages, m => m.Contains("World started (tasks run at most 10 times", StringComparison.Ordinal));
            await host.StopAsync(timeout.Token);
        }

        List<string> messages = [.. logs.Messages];
        int worldStopped = messages.FindIndex(m => m.EndsWith("World stopped", StringComparison.Ordinal));
        int systemTerminated = messages.FindIndex(m => m.EndsWith("Actor system actormoo terminated", StringComparison.Ordinal));
        Assert.InRange(worldStopped, 0, systemTerminated - 1);
    }

    [Fact]
    public void The_world_s_services_are_refused_with_a_clear_message_before_the_host_starts()
    {
        (IHost host, _, _) = Build();
        using (host)
        {
            var error = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<VerbExecutor>());
            Assert.Contains("The world is not running", error.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>Creates a wizard (player, programmer) with a verb <c>greet</c> of <paramref name="code"/>, in one task.</summary>
    private static async Task<ObjectId> CreateWizardWithVerbAsync(WorldTasks tasks, string code)
    {
        TaskOutcome<ObjectId> created = await tasks.RunAsync(async (tx, ct) =>
        {
            ObjectId id = await tx.AllocateIdAsync(ct);
            await tx.ApplyAsync(Creation.Plan(id, "Wizard", id, []), ct);
            await tx.ApplyAsync([new ObjectChange(id, new FlagsChanged(ObjectFlags.Player | ObjectFlags.Programmer | ObjectFlags.Wizard))], ct);
            var verb = new VerbDefinition(0, "greet", id, VerbPermissions.Read | VerbPermissions.Execute, VerbArgSpec.ThisNoneThis, code, 1);
            await tx.ApplyAsync([new ObjectChange(id, new VerbAdded(verb))], ct);
            return id;
        });
        Assert.True(created.IsCommitted, created.Message);
        return created.Value;
    }

    private sealed class RecordingSink : ITaskEffectSink
    {
        public ConcurrentQueue<TaskEffect> Released { get; } = new();

        public void Release(long taskId, IReadOnlyList<TaskEffect> effects)
        {
            foreach (TaskEffect effect in effects)
            {
                Released.Enqueue(effect);
            }
        }
    }
}
