using ActorMoo.Runtime.Core;

namespace ActorMoo.TestKit.Tests.Examples;

// The actor of the worked example in docs/testkit.md; LampTests below is the example's test class.
// Keep both in step with the guide.

public sealed record SwitchOn(string By);

public sealed record SwitchOff;

public sealed record GetState;

public sealed record LampState(bool IsOn, string? SwitchedOnBy);

public sealed record Announce(string Text);

/// <summary>A lamp in a room: announces changes to the room and switches itself off after ten minutes.</summary>
public sealed class Lamp : Actor
{
    public static readonly TimeSpan AutoOff = TimeSpan.FromMinutes(10);

    private readonly IActorRef _room;

    public Lamp(IActorRef room)
    {
        _room = room;
        Dark();
    }

    private void Dark()
    {
        Receive<SwitchOn>(on =>
        {
            _room.Tell(new Announce($"{on.By} switches the lamp on."), Self);
            Timers.StartSingleTimer("auto-off", new SwitchOff(), AutoOff);
            Become(() => Lit(on.By));
        });
        Receive<GetState>(_ => Sender.Tell(new LampState(false, null), Self));
    }

    private void Lit(string by)
    {
        Receive<SwitchOff>(_ =>
        {
            _room.Tell(new Announce("The lamp goes dark."), Self);
            Timers.Cancel("auto-off");
            Become(Dark);
        });
        Receive<SwitchOn>(_ => throw new InvalidOperationException("The lamp is already on."));
        Receive<GetState>(_ => Sender.Tell(new LampState(true, by), Self));
    }
}
