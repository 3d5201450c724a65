using ActorMoo.Runtime.Core;
using ActorMoo.TestKit;

namespace ActorMoo.Runtime.Tests.Core.Ask;

public sealed class AskTests : ActorTestKit
{
    private sealed record Question(string Text);

    private sealed record Answer(string Text);

    private sealed record Silence;

    private sealed record Refuse;

    private sealed record WrongType;

    private sealed record ReplyTo(IActorRef Target);

    private sealed class Oracle : Actor
    {
        public Oracle()
        {
            Receive<Question>(q => Sender.Tell(new Answer("re: " + q.Text), Self));
            Receive<Silence>(_ => { });
            Receive<Refuse>(_ => Sender.Tell(new Status.Failure(new UnauthorizedAccessException("no")), Self));
            Receive<WrongType>(_ => Sender.Tell(42, Self));
            Receive<ReplyTo>(r => r.Target.Tell(new Answer("via message"), Self));
        }
    }

    private IActorRef NewOracle() => ActorOf(Props.Create(() => new Oracle()));

    [Fact]
    public async Task Ask_must_complete_with_the_typed_reply()
    {
        var answer = await NewOracle().Ask<Answer>(new Question("why"), TimeSpan.FromSeconds(5));

        Assert.Equal(new Answer("re: why"), answer);
        Assert.Equal(0, Sys.AskDeadlines.Outstanding);
    }

    [Fact]
    public async Task Ask_must_fail_with_a_timeout_error_when_no_reply_arrives_in_time()
    {
        var oracle = NewOracle();
        var asking = oracle.Ask<Answer>(new Silence(), TimeSpan.FromSeconds(3));

        Advance(TimeSpan.FromSeconds(2));
        Assert.False(asking.IsCompleted);
        Advance(TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<AskTimeoutException>(() => asking);
        Assert.Equal(oracle, error.Target);
        Assert.Contains(nameof(Silence), error.Message);
        Assert.Equal(0, Sys.AskDeadlines.Outstanding);
        Assert.Equal(0, Clock.ActiveTimerCount);
    }

    [Fact]
    public async Task Ask_without_a_timeout_must_wait_the_systems_default_ask_timeout()
    {
        var oracle = NewOracle();
        var asking = oracle.Ask<Answer>(new Silence());

        Advance(Sys.Options.AskTimeout - TimeSpan.FromSeconds(1));
        Assert.False(asking.IsCompleted);
        Advance(TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<AskTimeoutException>(() => asking);
        Assert.Equal(Sys.Options.AskTimeout, error.Timeout);
    }

    [Fact]
    public async Task Ask_must_fail_with_the_cause_of_a_failure_reply()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => NewOracle().Ask<Answer>(new Refuse(), TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Ask_must_fail_with_an_invalid_cast_when_the_reply_has_another_type()
    {
        var error = await Assert.ThrowsAsync<InvalidCastException>(() => NewOracle().Ask<Answer>(new WrongType(), TimeSpan.FromSeconds(5)));
        Assert.Contains("Int32", error.Message);
    }

    [Fact]
    public async Task Ask_to_a_stopped_actor_must_fail_at_once_without_waiting_for_the_timeout()
    {
        var oracle = NewOracle();
        await Sys.StopAsync(oracle);

        var error = await Assert.ThrowsAsync<ActorTerminatedException>(() => oracle.Ask<Answer>(new Question("anyone?"), TimeSpan.FromHours(1)));
        Assert.Equal(oracle, error.Recipient);
        Assert.Equal(0, Sys.AskDeadlines.Outstanding);
    }

    [Fact]
    public async Task A_late_reply_after_the_timeout_must_become_a_dead_letter()
    {
        var asking = TestActor.Ref.Ask<Answer>(new Question("slow"), TimeSpan.FromSeconds(1));
        await ExpectMsgAsync<Question>();
        var promise = LastSender;
        Advance(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<AskTimeoutException>(() => asking);

        promise.Tell(new Answer("too late"));

        var letter = await ExpectDeadLetterAsync<Answer>();
        Assert.Equal(promise, letter.Recipient);
    }

    [Fact]
    public async Task Ask_must_let_the_message_carry_its_reply_to_address()
    {
        var answer = await NewOracle().Ask<Answer>(replyTo => new ReplyTo(replyTo), TimeSpan.FromSeconds(5));

        Assert.Equal(new Answer("via message"), answer);
    }

    [Fact]
    public async Task Ask_must_be_cancellable()
    {
        using var cancellation = new CancellationTokenSource();
        var asking = NewOracle().Ask<Answer>(new Silence(), TimeSpan.FromHours(1), cancellation.Token);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => asking);
        Assert.Equal(0, Sys.AskDeadlines.Outstanding);
    }

    [Fact]
    public async Task Many_asks_that_time_out_must_share_one_timer_and_leave_nothing_behind()
    {
        var oracle = NewOracle();
        var asks = Enumerable.Range(0, 200).Select(_ => oracle.Ask<Answer>(new Silence(), TimeSpan.FromSeconds(1))).ToList();
        Assert.Equal(200, Sys.AskDeadlines.Outstanding);
        Assert.Equal(1, Clock.ActiveTimerCount);

        Advance(TimeSpan.FromSeconds(1));

        foreach (var ask in asks) await Assert.ThrowsAsync<AskTimeoutException>(() => ask);
        Assert.Equal(0, Sys.AskDeadlines.Outstanding);
        Assert.Equal(0, Clock.ActiveTimerCount);
        Assert.Empty(DeadLetters.Letters);
    }
}
