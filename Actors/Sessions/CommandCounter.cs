namespace ActorMoo.Actors.Sessions;

/// <summary>
/// Counts the commands the sessions of this process have run since it started (for
/// <c>GET /api/world-stats</c> and MSSP-style listings). A command is a line a logged-in player
/// typed that went to the parser; login-screen lines and lines taken by <c>read()</c> are not commands.
/// </summary>
/// <remarks>Thread-safe: every session actor counts into the one instance, lock-free.</remarks>
public sealed class CommandCounter
{
    /// <summary>Commands counted so far; only ever grows.</summary>
    private long _served;

    /// <summary>Commands run since the process started.</summary>
    public long Total => Interlocked.Read(ref _served);

    /// <summary>Counts one command.</summary>
    public void Served() => Interlocked.Increment(ref _served);
}
