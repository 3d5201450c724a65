using ActorMoo.Actors.Sessions.Protocol;

namespace ActorMoo.Net.Telnet.Negotiation;

/// <summary>
/// What the edge has learned about one client's terminal from NAWS, TTYPE/MTTS, CHARSET and
/// NEW-ENVIRON, combined into the <see cref="TerminalCapabilities"/> the session and the renderer
/// use. Colour comes from the best source available: the MTTS bits when reported, otherwise the
/// terminal type's or client's name. UTF-8 comes from CHARSET when the client answered it, otherwise from the MTTS UTF-8 bit,
/// otherwise it stays on (today's terminals are UTF-8; a client that says otherwise is believed).
/// </summary>
public sealed class TerminalState
{
    /// <summary>MTTS bit: the client shows ANSI colour.</summary>
    public const int MttsAnsi = 1;

    /// <summary>MTTS bit: the client decodes UTF-8.</summary>
    public const int MttsUtf8 = 4;

    /// <summary>MTTS bit: the client shows the xterm 256-colour palette.</summary>
    public const int Mtts256Colors = 8;

    /// <summary>MTTS bit: the player uses a screen reader; send plain text.</summary>
    public const int MttsScreenReader = 64;

    /// <summary>MTTS bit: the client shows 24-bit colour.</summary>
    public const int MttsTrueColor = 256;

    /// <summary>Terminal types and client names (prefixes) known to show at least the 16 ANSI colours.</summary>
    private static readonly string[] s_ansiFamilies =
        ["ANSI", "XTERM", "VT100", "VT102", "VT220", "LINUX", "SCREEN", "TMUX", "RXVT", "PUTTY", "CYGWIN", "MUDLET", "TINTIN", "MUSHCLIENT", "CMUD", "ZMUD"];

    /// <summary>Window width in columns.</summary>
    public int Width { get; set; } = TerminalCapabilities.Default.Width;

    /// <summary>Window height in rows.</summary>
    public int Height { get; set; } = TerminalCapabilities.Default.Height;

    /// <summary>The client's name (first TTYPE answer, NEW-ENVIRON CLIENT_NAME or GMCP Core.Hello), or empty.</summary>
    public string ClientName { get; set; } = "";

    /// <summary>The client's version, or empty.</summary>
    public string ClientVersion { get; set; } = "";

    /// <summary>The terminal type (second TTYPE answer, e.g. <c>XTERM-256COLOR</c>), or empty.</summary>
    public string TerminalType { get; set; } = "";

    /// <summary>The MTTS bit field, or null when the client does not report one.</summary>
    public int? Mtts { get; set; }

    /// <summary>The CHARSET answer: true accepted UTF-8, false refused it, null not answered.</summary>
    public bool? CharsetUtf8 { get; set; }

    /// <summary>The capabilities as the session protocol carries them.</summary>
    public TerminalCapabilities ToCapabilities()
    {
        bool mttsUtf8 = Mtts is int bits && (bits & MttsUtf8) != 0;
        bool utf8 = CharsetUtf8 switch
        {
            true => true,
            false => mttsUtf8,
            null => Mtts is null || mttsUtf8,
        };
        bool screenReader = Mtts is int flags && (flags & MttsScreenReader) != 0;
        return new TerminalCapabilities(Width, Height, Color(), screenReader, utf8, ClientName, ClientVersion);
    }

    private ColorSupport Color()
    {
        if (Mtts is int bits)
        {
            if ((bits & MttsTrueColor) != 0)
            {
                return ColorSupport.TrueColor;
            }

            if ((bits & Mtts256Colors) != 0)
            {
                return ColorSupport.Ansi256;
            }

            // A client that reports MTTS says exactly what it shows: no colour bit means no colour.
            return (bits & MttsAnsi) != 0 ? ColorSupport.Ansi16 : ColorSupport.None;
        }

        return ColorFromName(TerminalType) is var fromType and not ColorSupport.None ? fromType : ColorFromName(ClientName);
    }

    /// <summary>Colour implied by a terminal type such as <c>XTERM-256COLOR</c>, <c>ANSI-TRUECOLOR</c> or <c>VT100</c>.</summary>
    private static ColorSupport ColorFromName(string name)
    {
        if (name.Length == 0)
        {
            return ColorSupport.None;
        }

        if (name.Contains("TRUECOLOR", StringComparison.OrdinalIgnoreCase) || name.Contains("24BIT", StringComparison.OrdinalIgnoreCase))
        {
            return ColorSupport.TrueColor;
        }

        if (name.Contains("256COLOR", StringComparison.OrdinalIgnoreCase))
        {
            return ColorSupport.Ansi256;
        }

        foreach (string family in s_ansiFamilies)
        {
            if (name.StartsWith(family, StringComparison.OrdinalIgnoreCase))
            {
                return ColorSupport.Ansi16;
            }
        }

        return ColorSupport.None;
    }
}
