using ActorMoo.Runtime.Core;
using Xunit.Abstractions;

namespace ActorMoo.TestKit.Tests.Examples;

public sealed class LampTests(ITestOutputHelper output) : ActorTestKit(output)
{
    private (TestProbe Room, IActorRef Lamp) NewLamp()
    {
        var room = CreateTestProbe("room");
        var lamp = ActorOf(Props.Create(() => new Lamp(room.Ref)), "lamp");
        return (room, lamp);
    }

    [Fact]
    public async Task Lamp_must_announce_being_switched_on_and_report_its_state()
    {
        var (room, lamp) = NewLamp();

        lamp.Tell(new SwitchOn("Ann"));

        await room.ExpectMsgAsync(new Announce("Ann switches the lamp on."));
        var state = await lamp.Ask<LampState>(new GetState(), TimeSpan.FromSeconds(5));
        Assert.Equal(new LampState(true, "Ann"), state);
    }

    [Fact]
    public async Task Lamp_must_go_dark_by_itself_after_ten_minutes_of_virtual_time()
    {
        var (room, lamp) = NewLamp();
        lamp.Tell(new SwitchOn("Ann"));
        await room.ExpectMsgAsync<Announce>();

        Advance(Lamp.AutoOff - TimeSpan.FromSeconds(1));
        await room.ExpectNoMsgAsync();
        Advance(TimeSpan.FromSeconds(1));

        await room.ExpectMsgAsync(new Announce("The lamp goes dark."));
    }

    [Fact]
    public async Task Switching_a_lit_lamp_on_again_must_log_the_failure_and_restart_it_dark()
    {
        var (room, lamp) = NewLamp();
        lamp.Tell(new SwitchOn("Ann"));
        await room.ExpectMsgAsync<Announce>();

        lamp.Tell(new SwitchOn("Bob"));

        await ExpectErrorLoggedAsync<InvalidOperationException>(e => e.Message == "The lamp is already on.");
        lamp.Tell(new GetState(), TestActor.Ref);
        await ExpectMsgAsync(new LampState(false, null));
    }

    [Fact]
    public async Task Messages_to_a_stopped_lamp_must_become_dead_letters()
    {
        var (_, lamp) = NewLamp();
        Watch(lamp);
        lamp.Tell(PoisonPill.Instance);
        await ExpectTerminatedAsync(lamp);

        lamp.Tell(new SwitchOn("Ann"));

        var letter = await ExpectDeadLetterAsync<SwitchOn>();
        Assert.Equal(DeadLetterReason.RecipientStopped, letter.Reason);
    }
}
