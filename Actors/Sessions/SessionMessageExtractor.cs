using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Runtime.Sharding;

namespace ActorMoo.Actors.Sessions;

/// <summary>Routes every <see cref="ISessionMessage"/> to the session entity named by its <see cref="ISessionMessage.SessionId"/>.</summary>
public sealed class SessionMessageExtractor(int shardCount) : HashCodeMessageExtractor(shardCount)
{
    /// <inheritdoc />
    public override string? EntityId(object message) => message switch
    {
        ISessionMessage session => session.SessionId,
        ShardingEnvelope envelope => envelope.EntityId,
        _ => null,
    };
}
