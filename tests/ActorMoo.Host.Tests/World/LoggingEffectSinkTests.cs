using ActorMoo.Actors.World.Transactions;
using ActorMoo.Host.Tests.Support;
using ActorMoo.Host.World;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Host.Tests.World;

public sealed class LoggingEffectSinkTests
{
    [Fact]
    public void Each_dropped_effect_is_logged_at_debug()
    {
        var logs = new CapturingLoggerProvider();
        using ILoggerFactory factory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(logs));
        var sink = new LoggingEffectSink(factory.CreateLogger<LoggingEffectSink>());

        sink.Release(7, [new NotifyEffect(new ObjectId(3), "hello"), new BootPlayerEffect(new ObjectId(3))]);

        Assert.Equal(
            [
                "Debug ActorMoo.Host.World.LoggingEffectSink: Task 7 committed NotifyEffect { Player = #3, Text = hello }; no sessions are running, so it was dropped",
                "Debug ActorMoo.Host.World.LoggingEffectSink: Task 7 committed BootPlayerEffect { Player = #3 }; no sessions are running, so it was dropped",
            ],
            logs.Messages);
    }

    [Fact]
    public void Nothing_is_formatted_when_debug_is_off()
    {
        var logs = new CapturingLoggerProvider();
        using ILoggerFactory factory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Information).AddProvider(logs));

        new LoggingEffectSink(factory.CreateLogger<LoggingEffectSink>()).Release(7, [new NotifyEffect(new ObjectId(3), "hello")]);

        Assert.Empty(logs.Messages);
    }
}
