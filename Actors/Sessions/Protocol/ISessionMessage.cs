namespace ActorMoo.Actors.Sessions.Protocol;

/// <summary>
/// A message from the edge to one session. The session region routes it by <see cref="SessionId"/>,
/// so the edge needs no envelope and no knowledge of where the session lives (DESIGN §6, §8).
/// </summary>
public interface ISessionMessage
{
    /// <summary>The session, unique across the edge's lifetime (for example <c>telnet-42</c>).</summary>
    string SessionId { get; }
}
