namespace ActorMoo.Actors.Sessions.Protocol;

/// <summary>How many colours the client shows: decides how markup colours are rendered.</summary>
public enum ColorSupport
{
    /// <summary>No colour: plain text.</summary>
    None,

    /// <summary>The 16 ANSI colours.</summary>
    Ansi16,

    /// <summary>The xterm 256-colour palette.</summary>
    Ansi256,

    /// <summary>24-bit colour.</summary>
    TrueColor,

    /// <summary>The web client: markup is rendered as HTML.</summary>
    Html,
}

/// <summary>
/// What the client can display, learned by the edge (NAWS, TTYPE/MTTS, CHARSET, NEW-ENVIRON) and
/// passed to the session so that the world can adapt (e.g. a table narrower than the window).
/// </summary>
/// <param name="Width">Window width in columns (80 until the client says otherwise).</param>
/// <param name="Height">Window height in rows (24 until the client says otherwise).</param>
/// <param name="Color">Colour support.</param>
/// <param name="ScreenReader">The client asked for screen-reader friendly output (MTTS bit 64).</param>
/// <param name="Utf8">The client accepts UTF-8.</param>
/// <param name="ClientName">The client's name (TTYPE or NEW-ENVIRON), or empty.</param>
/// <param name="ClientVersion">The client's version, or empty.</param>
public sealed record TerminalCapabilities(int Width, int Height, ColorSupport Color, bool ScreenReader, bool Utf8, string ClientName, string ClientVersion)
{
    /// <summary>What is assumed before the client says anything: 80×24, no colour, UTF-8.</summary>
    public static TerminalCapabilities Default { get; } = new(80, 24, ColorSupport.None, ScreenReader: false, Utf8: true, "", "");
}

/// <summary>Who connected and how: used for per-address throttling and <c>@who</c>-style listings.</summary>
/// <param name="Protocol">The transport, e.g. <c>telnet</c>, <c>telnet+tls</c>, <c>websocket</c>, <c>in-process</c>.</param>
/// <param name="RemoteAddress">The client's address (loopback in tests), without the port.</param>
public sealed record ConnectionInfo(string Protocol, string RemoteAddress);
