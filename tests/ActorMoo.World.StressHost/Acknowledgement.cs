using System.Globalization;
using ActorMoo.Scripting.Values;

namespace ActorMoo.World.StressHost;

/// <summary>
/// A committed move as the simulated player was told of it: <paramref name="Object"/> is now in
/// <paramref name="Destination"/>, and that move made it version <paramref name="Version"/>. A later
/// move only raises the version, so after any crash the object must be at a higher version, or at
/// this one and in this place.
/// </summary>
/// <param name="Object">The moved item or player.</param>
/// <param name="Destination">Where it went.</param>
/// <param name="Version">The object's version after the move.</param>
public sealed record Acknowledgement(ObjectId Object, ObjectId Destination, long Version)
{
    /// <summary>The line in the acknowledgement file; the END marker tells a whole line from one cut by the kill.</summary>
    public string ToLine() => string.Create(CultureInfo.InvariantCulture, $"ACK {Object.Value} {Destination.Value} {Version} END");

    /// <summary>Parses a whole line written by <see cref="ToLine"/>; null for anything else (a line cut by the kill).</summary>
    public static Acknowledgement? TryParse(string line)
    {
        var parts = line.Trim().Split(' ');
        return parts is ["ACK", var item, var destination, var version, "END"]
            && long.TryParse(item, NumberStyles.Integer, CultureInfo.InvariantCulture, out var itemId)
            && long.TryParse(destination, NumberStyles.Integer, CultureInfo.InvariantCulture, out var destinationId)
            && long.TryParse(version, NumberStyles.Integer, CultureInfo.InvariantCulture, out var versionNumber)
            ? new Acknowledgement(new ObjectId(itemId), new ObjectId(destinationId), versionNumber)
            : null;
    }
}
