using ActorMoo.Runtime.Core;
using ActorMoo.TestKit;
using Xunit.Sdk;

namespace ActorMoo.TestKit.Tests.Probes;

public sealed class TestProbeTests : ActorTestKit
{
    private sealed record Greeting(string Text);

    private sealed class Idle : Actor;

    private sealed class Echo : Actor
    {
        public Echo() => ReceiveAny(m => Sender.Tell(m, Self));
    }

    [Fact]
    public async Task ExpectMsg_must_return_the_message_when_type_and_predicate_match()
    {
        var probe = CreateTestProbe();
        probe.Ref.Tell(new Greeting("hi"), TestActor.Ref);

        var greeting = await probe.ExpectMsgAsync<Greeting>(g => g.Text == "hi");

        Assert.Equal("hi", greeting.Text);
        Assert.Equal(TestActor.Ref, probe.LastSender);
    }

    [Fact]
    public async Task ExpectMsg_must_fail_naming_what_arrived_instead()
    {
        var probe = CreateTestProbe();
        probe.Ref.Tell(new Greeting("hi"));

        var error = await Assert.ThrowsAsync<XunitException>(() => probe.ExpectMsgAsync<int>());

        Assert.Contains("Greeting", error.Message);
    }

    [Fact]
    public async Task ExpectMsg_must_fail_when_nothing_arrives_in_time()
    {
        var error = await Assert.ThrowsAsync<XunitException>(() => CreateTestProbe().ExpectMsgAsync<Greeting>(TimeSpan.FromMilliseconds(30)));

        Assert.Contains("no message arrived", error.Message);
    }

    [Fact]
    public async Task ExpectMsg_by_value_must_compare_with_equality()
    {
        var probe = CreateTestProbe();
        probe.Ref.Tell(new Greeting("a"));
        probe.Ref.Tell(new Greeting("b"));

        await probe.ExpectMsgAsync(new Greeting("a"));
        await Assert.ThrowsAsync<XunitException>(() => probe.ExpectMsgAsync(new Greeting("c")));
    }

    [Fact]
    public async Task ExpectNoMsg_must_fail_when_a_message_arrives()
    {
        var probe = CreateTestProbe();
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(20));
        probe.Ref.Tell(new Greeting("surprise"));

        var error = await Assert.ThrowsAsync<XunitException>(() => probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(20)));

        Assert.Contains("surprise", error.Message);
    }

    [Fact]
    public async Task FishForMessage_must_skip_other_messages_until_the_target()
    {
        var probe = CreateTestProbe();
        probe.Ref.Tell("noise");
        probe.Ref.Tell(new Greeting("wrong"));
        probe.Ref.Tell(new Greeting("right"));
        probe.Ref.Tell("after");

        var fish = await probe.FishForMessageAsync<Greeting>(g => g.Text == "right");

        Assert.Equal("right", fish.Text);
        await probe.ExpectMsgAsync("after");
    }

    [Fact]
    public async Task ReceiveN_must_return_messages_in_order_or_fail_when_too_few_arrive()
    {
        var probe = CreateTestProbe();
        for (var i = 0; i < 3; i++) probe.Ref.Tell(i);

        Assert.Equal([0, 1, 2], await probe.ReceiveNAsync(3));
        probe.Ref.Tell(3);
        var error = await Assert.ThrowsAsync<XunitException>(() => probe.ReceiveNAsync(2, TimeSpan.FromMilliseconds(30)));
        Assert.Contains("only 1", error.Message);
    }

    [Fact]
    public async Task Send_and_Reply_must_use_the_probe_as_sender()
    {
        var probe = CreateTestProbe();
        var echo = ActorOf(Props.Create<Echo>());

        probe.Send(echo, "ping");
        await probe.ExpectMsgAsync("ping");
        Assert.Equal(echo, probe.LastSender);

        var other = CreateTestProbe();
        other.Send(probe.Ref, "question");
        await probe.ExpectMsgAsync("question");
        probe.Reply("answer");
        await other.ExpectMsgAsync("answer");
        Assert.Equal(probe.Ref, other.LastSender);
    }

    [Fact]
    public async Task ExpectTerminated_must_see_a_watched_actor_stop_and_Unwatch_must_silence_it()
    {
        var probe = CreateTestProbe();
        var first = ActorOf(Props.Create<Idle>());
        var second = ActorOf(Props.Create<Idle>());
        probe.Watch(first);
        probe.Watch(second);
        probe.Unwatch(second);

        Sys.Stop(first);
        Sys.Stop(second);

        await probe.ExpectTerminatedAsync(first);
        await probe.ExpectNoMsgAsync();
    }

    [Fact]
    public void LastSender_must_explain_when_nothing_was_received()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CreateTestProbe().LastSender);
        Assert.Contains("not received", error.Message);
    }
}
