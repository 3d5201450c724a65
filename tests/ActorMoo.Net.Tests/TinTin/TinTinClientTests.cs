using System.Text.RegularExpressions;
using ActorMoo.Net.Telnet;
using ActorMoo.Net.Tests.Support;

namespace ActorMoo.Net.Tests.TinTin;

/// <summary>
/// End to end with a real MUD client: Debian's TinTin++, headless, against the real telnet server
/// in front of the whole world in this process. The client's script logs every MSSP variable, GMCP
/// package and line of text it receives to a file, logs in as the wizard, looks and quits.
/// </summary>
public sealed partial class TinTinClientTests : IDisposable
{
    private const string WorldName = "ActorMoo TinTin test";

    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(5);

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("actormoo-tintin-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task TinTin_must_receive_mssp_at_connect_and_gmcp_room_info_after_logging_in()
    {
        await using var world = await InProcessWorld.StartAsync("telnet-world");
        var server = await world.StartTelnetAsync(new TelnetServerOptions { Mssp = { Name = WorldName } });
        string log = Path.Combine(_directory.FullName, "received.log");

        string printed = await TinTin.RunAsync(Script(server.Port, log), _directory.FullName, Generous);

        string[] received = File.Exists(log) ? await File.ReadAllLinesAsync(log) : [];
        string transcript = $"TinTin++ logged:\n{string.Join('\n', received)}\nand printed:\n{printed}";
        Assert.True(received.Contains($"MSSP NAME={WorldName}"), transcript);
        Assert.True(received.Any(line => PlayersVariable().IsMatch(line)), transcript);
        int loggedIn = Array.IndexOf(received, "LOGGED IN");
        Assert.True(loggedIn >= 0, transcript);

        // TinTin++ turns the JSON into its own table syntax: {num}{12}{name}{The Lobby}{exits}{...}.
        string? roomInfo = received.FirstOrDefault(line => line.StartsWith("GMCP Room.Info ", StringComparison.Ordinal));
        Assert.True(roomInfo is not null, transcript);
        Assert.Contains("{exits}", roomInfo, StringComparison.Ordinal);
        string room = RoomName().Match(roomInfo).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(room), transcript);
        Assert.True(received.Skip(loggedIn).Any(line => line.StartsWith("TEXT ", StringComparison.Ordinal) && line.Contains(room, StringComparison.Ordinal)), transcript);
        Assert.True(received[^1] == "DISCONNECTED", transcript);
    }

    /// <summary>
    /// The client's script. TinTin++ answers neither <c>WILL MSSP</c> nor <c>WILL GMCP</c> on its own,
    /// so the script says <c>DO</c> to both with raw bytes (the trailing <c>\</c> sends no line end).
    /// It logs in right after agreeing to GMCP, as Mudlet does, so the server has GMCP on for the
    /// session before the login's move sends <c>Room.Info</c> (logging in on connect raced it).
    /// Defined before <c>#session</c>, so that nothing arrives before its handler.
    /// </summary>
    private static string Script(int port, string log) => """
        #event {IAC WILL MSSP} {#send {\xFF\xFD\x46\}}
        #event {IAC WILL GMCP} {#send {\xFF\xFD\xC9\};#send {connect wizard @PASSWORD@}}
        #event {IAC SB MSSP} {#line log {@LOG@} {MSSP %0=%1}}
        #event {IAC SB GMCP} {#line log {@LOG@} {GMCP %0 %1}}
        #event {RECEIVED LINE} {#line log {@LOG@} {TEXT %1}}
        #event {SESSION DISCONNECTED} {#line log {@LOG@} {DISCONNECTED};#end}
        #action {*** Connected ***} {#line log {@LOG@} {LOGGED IN};#send look;#send @quit}
        #delay 240 {#line log {@LOG@} {GAVE UP};#end}
        #session moo 127.0.0.1 @PORT@

        """
        .Replace("@LOG@", log, StringComparison.Ordinal)
        .Replace("@PASSWORD@", InProcessWorld.WizardPassword, StringComparison.Ordinal)
        .Replace("@PORT@", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    [GeneratedRegex(@"^MSSP PLAYERS=\d+$")]
    private static partial Regex PlayersVariable();

    [GeneratedRegex(@"\{name\}\{([^{}]+)\}")]
    private static partial Regex RoomName();
}
