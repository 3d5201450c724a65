using ActorMoo.Actors.World.Players;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Verbs;

public sealed partial class VerbTask
{
    /// <summary>
    /// <c>terminal(player)</c>: what the connected player's client displays, as a map — <c>width</c>,
    /// <c>height</c>, <c>colors</c> (0, 16, 256 or 16777216), <c>html</c>, <c>screen_reader</c>,
    /// <c>utf8</c>, <c>client</c>, <c>client_version</c>, <c>protocol</c> and, once measured,
    /// <c>round_trip_ms</c>. Nil when the player is not connected (unlike <c>idle_seconds</c>, so
    /// that a verb formatting text for anyone in a room can ask without a <c>pcall</c>).
    /// </summary>
    public async ValueTask<MooValue> TerminalAsync(ObjectId player, CancellationToken cancellationToken = default)
    {
        if (await Services.Connected.FindAsync(player, cancellationToken).ConfigureAwait(false) is not { } connection)
            return MooValue.Nil;
        var terminal = connection.Terminal ?? PlayerTerminal.Unknown;
        var entries = new Dictionary<string, MooValue>
        {
            ["width"] = MooValue.Integer(terminal.Width),
            ["height"] = MooValue.Integer(terminal.Height),
            ["colors"] = MooValue.Integer(terminal.Colors),
            ["html"] = MooValue.Boolean(terminal.Html),
            ["screen_reader"] = MooValue.Boolean(terminal.ScreenReader),
            ["utf8"] = MooValue.Boolean(terminal.Utf8),
            ["client"] = MooValue.String(terminal.Client),
            ["client_version"] = MooValue.String(terminal.ClientVersion),
            ["protocol"] = MooValue.String(terminal.Protocol),
        };
        if (terminal.RoundTrip is { } roundTrip)
            entries["round_trip_ms"] = MooValue.Integer((long)Math.Round(roundTrip.TotalMilliseconds));
        return MooValue.Map(entries.Select(e => KeyValuePair.Create(MooValue.String(e.Key), e.Value)));
    }
}
