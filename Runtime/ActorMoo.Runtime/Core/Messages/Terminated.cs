namespace ActorMoo.Runtime.Core;

/// <summary>
/// Delivered to a watcher exactly once when an actor it watches (see
/// <see cref="IActorContext.Watch"/>) has stopped. It is queued behind the messages the stopped
/// actor sent before it stopped, so a watcher sees those first. An actor that watches another
/// and does not handle <see cref="Terminated"/> fails with <see cref="DeathPactException"/>.
/// </summary>
/// <param name="ActorRef">The actor that stopped.</param>
public sealed record Terminated(IActorRef ActorRef);
