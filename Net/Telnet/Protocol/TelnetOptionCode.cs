namespace ActorMoo.Net.Telnet.Protocol;

/// <summary>The option numbers ActorMoo negotiates (IANA telnet options and the MUD protocols' numbers).</summary>
public static class TelnetOptionCode
{
    /// <summary>ECHO (RFC 857): the server echoes; used to hide passwords.</summary>
    public const byte Echo = 1;

    /// <summary>SUPPRESS-GO-AHEAD (RFC 858).</summary>
    public const byte SuppressGoAhead = 3;

    /// <summary>TERMINAL-TYPE (RFC 1091), cycled for MTTS.</summary>
    public const byte TerminalType = 24;

    /// <summary>END-OF-RECORD (RFC 885): prompts end with IAC EOR.</summary>
    public const byte EndOfRecord = 25;

    /// <summary>NAWS, window size (RFC 1073).</summary>
    public const byte Naws = 31;

    /// <summary>NEW-ENVIRON (RFC 1572), used for MNES.</summary>
    public const byte NewEnviron = 39;

    /// <summary>CHARSET (RFC 2066).</summary>
    public const byte Charset = 42;

    /// <summary>MSSP, the MUD Server Status Protocol.</summary>
    public const byte Mssp = 70;

    /// <summary>MCCP2, compression of server output.</summary>
    public const byte Mccp2 = 86;

    /// <summary>GMCP, the Generic MUD Communication Protocol.</summary>
    public const byte Gmcp = 201;
}
