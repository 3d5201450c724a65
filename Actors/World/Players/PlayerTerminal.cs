namespace ActorMoo.Actors.World.Players;

/// <summary>
/// What a connected player's client displays and how it is connected, as verbs see it through
/// <c>terminal(player)</c>: so that a verb can lay out a table for the window's width, leave out
/// decoration for a screen reader or send GMCP only to clients that show it. Learned by the edge
/// (NAWS, TTYPE/MTTS, CHARSET, NEW-ENVIRON, GMCP Core.Hello and Core.Ping) and kept by the session.
/// </summary>
/// <param name="Width">Window width in columns (80 until the client says otherwise).</param>
/// <param name="Height">Window height in rows (24 until the client says otherwise).</param>
/// <param name="Colors">Colours the client shows: 0, 16, 256 or <see cref="TrueColor"/>.</param>
/// <param name="Html">The client renders HTML (the web client) rather than a terminal's text.</param>
/// <param name="ScreenReader">The player uses a screen reader: plain, linear text reads best.</param>
/// <param name="Utf8">The client decodes UTF-8 (otherwise only ASCII arrives intact).</param>
/// <param name="Client">The client's name (e.g. <c>Mudlet</c>, <c>TINTIN++</c>), or empty when it did not say.</param>
/// <param name="ClientVersion">The client's version, or empty.</param>
/// <param name="Protocol">How it connected: <c>telnet</c>, <c>telnet+tls</c>, <c>websocket</c>, <c>in-process</c>.</param>
/// <param name="RoundTrip">The latest measured round trip to the client (GMCP Core.Ping), or null when none was measured.</param>
public sealed record PlayerTerminal(
    int Width, int Height, int Colors, bool Html, bool ScreenReader, bool Utf8, string Client, string ClientVersion, string Protocol, TimeSpan? RoundTrip)
{
    /// <summary>The value of <see cref="Colors"/> for 24-bit colour.</summary>
    public const int TrueColor = 16_777_216;

    /// <summary>What is assumed of a connected client the sessions have not described (yet): 80×24, no colour, UTF-8.</summary>
    public static PlayerTerminal Unknown { get; } = new(80, 24, 0, Html: false, ScreenReader: false, Utf8: true, "", "", "", null);
}
