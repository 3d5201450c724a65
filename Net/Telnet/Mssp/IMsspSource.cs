namespace ActorMoo.Net.Telnet.Mssp;

/// <summary>
/// The server status a MUD crawler reads over MSSP (https://tintin.mudhalla.net/protocols/mssp/):
/// NAME, PLAYERS, UPTIME, CODEBASE, CONTACT, PORT, CRAWL DELAY and the other standard variables.
/// Asked afresh every time a client enables MSSP, so live counts are current.
/// </summary>
public interface IMsspSource
{
    /// <summary>The variables and their values, in the order to send them. A name may repeat (several PORT values).</summary>
    IReadOnlyList<KeyValuePair<string, string>> Variables();
}
