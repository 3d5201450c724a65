using ActorMoo.Runtime.Core;
using ActorMoo.TestKit;

namespace ActorMoo.Runtime.Tests.Core.Systems;

public sealed class ActorSystemTests : ActorTestKit
{
    private sealed record MakeChild(string Name);

    private sealed record FindChild(string Name);

    private sealed record ListChildren;

    private sealed record StopChild(string Name);

    private sealed class Idle : Actor;

    /// <summary>Creates, finds, lists and stops children on request.</summary>
    private sealed class Parent : Actor
    {
        private IActorRef? _stopRequester;

        public Parent()
        {
            Receive<MakeChild>(m =>
            {
                try
                {
                    Sender.Tell(Context.ActorOf(Props.Create<Idle>(), m.Name), Self);
                }
                catch (InvalidActorNameException ex)
                {
                    Sender.Tell(ex.Message, Self);
                }
            });
            Receive<FindChild>(f => Sender.Tell((object?)Context.Child(f.Name) ?? "none", Self));
            Receive<ListChildren>(_ => Sender.Tell(Context.Children.Select(c => c.Path.Name).Order().ToArray(), Self));
            Receive<StopChild>(s =>
            {
                var child = Context.Child(s.Name)!;
                _stopRequester = Sender;
                Context.Watch(child);
                Context.Stop(child);
            });
            Receive<Terminated>(t => _stopRequester?.Tell(t, Self));
        }
    }

    [Fact]
    public void ActorOf_must_place_top_level_actors_under_user()
    {
        var actor = ActorOf(Props.Create<Idle>(), "lobby");

        Assert.Equal("/user/lobby", actor.Path.ToStringWithoutAddress());
        Assert.Equal("test", actor.Path.SystemName);
    }

    [Fact]
    public void SystemActorOf_must_place_runtime_actors_under_system()
    {
        var actor = Sys.SystemActorOf(Props.Create<Idle>(), "sharding");

        Assert.Equal("/system/sharding", actor.Path.ToStringWithoutAddress());
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("with space")]
    [InlineData("$reserved")]
    [InlineData("tab\there")]
    public void ActorOf_must_refuse_invalid_names(string name)
    {
        Assert.Throws<InvalidActorNameException>(() => ActorOf(Props.Create<Idle>(), name));
    }

    [Fact]
    public void ActorOf_must_accept_entity_style_names()
    {
        var actor = ActorOf(Props.Create<Idle>(), "#123:room.lobby");

        Assert.Equal("#123:room.lobby", actor.Path.Name);
    }

    [Fact]
    public void ActorOf_must_refuse_a_name_that_is_taken()
    {
        ActorOf(Props.Create<Idle>(), "taken");

        var error = Assert.Throws<InvalidActorNameException>(() => ActorOf(Props.Create<Idle>(), "taken"));
        Assert.Contains("taken", error.Message);
    }

    [Fact]
    public async Task Context_must_create_find_list_and_stop_children()
    {
        var parent = ActorOf(Props.Create<Parent>());
        parent.Tell(new MakeChild("a"), TestActor.Ref);
        var a = await ExpectMsgAsync<IActorRef>();
        parent.Tell(new MakeChild("b"), TestActor.Ref);
        await ExpectMsgAsync<IActorRef>();
        parent.Tell(new MakeChild("a"), TestActor.Ref);
        Assert.Contains("taken", await ExpectMsgAsync<string>());

        parent.Tell(new FindChild("a"), TestActor.Ref);
        Assert.Equal(a, await ExpectMsgAsync<IActorRef>());
        parent.Tell(new ListChildren(), TestActor.Ref);
        Assert.Equal(["a", "b"], await ExpectMsgAsync<string[]>());
        Assert.Equal(parent.Path, a.Path.Parent);

        parent.Tell(new StopChild("a"), TestActor.Ref);
        await ExpectMsgAsync<Terminated>(t => t.ActorRef.Equals(a));
        parent.Tell(new FindChild("a"), TestActor.Ref);
        await ExpectMsgAsync("none");
        parent.Tell(new MakeChild("a"), TestActor.Ref);
        Assert.NotEqual(a, await ExpectMsgAsync<IActorRef>());
    }

    [Fact]
    public async Task StopAsync_must_free_the_name_for_a_successor()
    {
        var first = ActorOf(Props.Create<Idle>(), "entity-1");
        await Sys.StopAsync(first);

        var second = ActorOf(Props.Create<Idle>(), "entity-1");

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task WhenStopped_must_complete_at_once_for_an_actor_that_already_stopped()
    {
        var actor = ActorOf(Props.Create<Idle>());
        await Sys.StopAsync(actor);

        await Sys.WhenStopped(actor).WaitAsync(TestKitDefaults.ExpectTimeout);
    }

    [Fact]
    public void Create_must_refuse_an_invalid_system_name_and_invalid_options()
    {
        Assert.Throws<ArgumentException>(() => ActorSystem.Create("no spaces"));
        var error = Assert.Throws<ArgumentException>(() => ActorSystem.Create("ok", new ActorSystemOptions { Throughput = 0 }));
        Assert.Contains("Throughput", error.Message);
    }
}
