using ActorMoo.Net.Telnet;
using ActorMoo.Runtime.Core;
using ActorMoo.TestKit;

namespace ActorMoo.Net.Tests.Support;

/// <summary>A session region stand-in: every session message lands in a probe.</summary>
public sealed class FakeSessionEndpoint(ActorSystem system, TestProbe sessions) : ISessionEndpoint
{
    public ActorSystem System { get; } = system;

    public IActorRef Sessions => sessions.Ref;
}
