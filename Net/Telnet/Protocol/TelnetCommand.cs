namespace ActorMoo.Net.Telnet.Protocol;

/// <summary>Telnet command bytes (RFC 854, RFC 885 for EOR). Each follows an <see cref="Iac"/>.</summary>
public static class TelnetCommand
{
    /// <summary>Interpret As Command: starts every command; doubled it is a data byte 255.</summary>
    public const byte Iac = 255;

    /// <summary>Refuse, or demand that the peer stop, an option on the peer's side.</summary>
    public const byte Dont = 254;

    /// <summary>Ask the peer to enable an option on its side, or agree that it does.</summary>
    public const byte Do = 253;

    /// <summary>Refuse, or announce the end of, an option on the sender's side.</summary>
    public const byte Wont = 252;

    /// <summary>Offer an option on the sender's side, or agree to enable it.</summary>
    public const byte Will = 251;

    /// <summary>Starts a subnegotiation: <c>IAC SB option … IAC SE</c>.</summary>
    public const byte Sb = 250;

    /// <summary>Go Ahead: sent after a prompt to clients that did not agree to EOR.</summary>
    public const byte Ga = 249;

    /// <summary>No operation (clients send it as a keep-alive).</summary>
    public const byte Nop = 241;

    /// <summary>Ends a subnegotiation.</summary>
    public const byte Se = 240;

    /// <summary>End Of Record (RFC 885): marks the end of a prompt for clients that agreed to the EOR option.</summary>
    public const byte Eor = 239;

    /// <summary>The name of a negotiation verb, for logs.</summary>
    public static string Name(byte verb) => verb switch
    {
        Will => "WILL",
        Wont => "WONT",
        Do => "DO",
        Dont => "DONT",
        _ => verb.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
