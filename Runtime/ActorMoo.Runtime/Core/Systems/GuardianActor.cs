namespace ActorMoo.Runtime.Core;

/// <summary>
/// The root, <c>/user</c> and <c>/system</c> guardians: they only supervise. Top-level actors
/// failing get the default strategy (restart; stop on initialization failure).
/// </summary>
internal sealed class GuardianActor : Actor
{
    public static readonly Props GuardianProps = Props.Create(() => new GuardianActor());
}
