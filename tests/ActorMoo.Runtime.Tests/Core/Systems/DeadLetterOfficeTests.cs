using ActorMoo.Runtime.Core;
using ActorMoo.TestKit;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Runtime.Tests.Core.Systems;

public sealed class DeadLetterOfficeTests : ActorTestKit
{
    private sealed record Letter(int N);

    private sealed class Idle : Actor;

    [Fact]
    public async Task Messages_to_a_stopped_actor_must_be_counted_logged_and_published()
    {
        var actor = ActorOf(Props.Create<Idle>(), "gone");
        await Sys.StopAsync(actor);
        var before = Sys.DeadLetters.Count;

        actor.Tell(new Letter(1), TestActor.Ref);

        var letter = await ExpectDeadLetterAsync<Letter>();
        Assert.Equal(new DeadLetter(new Letter(1), TestActor.Ref, actor, DeadLetterReason.RecipientStopped), letter);
        Assert.Equal(before + 1, Sys.DeadLetters.Count);
        var logged = await Logs.ExpectAsync(e => e.Message.StartsWith("Dead letter: Letter", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, logged.Level);
        Assert.Contains("/user/gone", logged.Message);
    }

    [Fact]
    public async Task Logging_must_stop_after_the_limit_per_minute_while_counting_goes_on()
    {
        var actor = ActorOf(Props.Create<Idle>());
        await Sys.StopAsync(actor);
        var limit = Sys.Options.DeadLetterLogLimit;

        for (var i = 0; i < limit + 20; i++) actor.Tell(new Letter(i));

        await AwaitConditionAsync(() => DeadLetters.Letters.Count == limit + 20);
        Assert.Equal(limit, Logs.Entries.Count(e => e.Message.StartsWith("Dead letter:", StringComparison.Ordinal)));
        Assert.Single(Logs.Entries, e => e.Message.Contains("counted but not logged", StringComparison.Ordinal));

        Advance(TimeSpan.FromMinutes(1));
        actor.Tell(new Letter(-1));
        await Logs.ExpectAsync(e => e.Message.StartsWith("Dead letter:", StringComparison.Ordinal) && e.Message.Contains("Letter", StringComparison.Ordinal)
            && Logs.Entries.Count(x => x.Message.StartsWith("Dead letter:", StringComparison.Ordinal)) == limit + 1);
    }

    [Fact]
    public void Subscription_must_end_when_disposed()
    {
        var received = new List<DeadLetter>();
        var subscription = Sys.DeadLetters.Subscribe(received.Add);

        Sys.DeadLetters.Ref.Tell(new Letter(1));
        subscription.Dispose();
        Sys.DeadLetters.Ref.Tell(new Letter(2));

        var letter = Assert.Single(received);
        Assert.Equal(new Letter(1), letter.Message);
        Assert.Equal(DeadLetterReason.NoRecipient, letter.Reason);
    }
}
