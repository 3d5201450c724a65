namespace ActorMoo.Actors.Tests.Transcripts;

/// <summary>
/// A running server a transcript drives: sessions that log in and type lines, and a restart. Each
/// call returns what the sessions received because of it, rendered for the transcript: the acting
/// session's lines as they are, other sessions' lines as <c>[Name] text</c>.
/// </summary>
public interface ITranscriptWorld : IAsyncDisposable
{
    /// <summary>Opens a session and logs in as <paramref name="player"/>, creating the player first when <paramref name="create"/> is set.</summary>
    Task<IReadOnlyList<string>> LoginAsync(string player, bool create);

    /// <summary>Types <paramref name="line"/> in <paramref name="session"/>'s session (empty: the first session opened).</summary>
    Task<IReadOnlyList<string>> SendAsync(string session, string line);

    /// <summary>Stops the world and starts it again over the same store; every session is closed.</summary>
    Task RestartAsync();
}
