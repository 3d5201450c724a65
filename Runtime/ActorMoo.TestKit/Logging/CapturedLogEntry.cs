using Microsoft.Extensions.Logging;

namespace ActorMoo.TestKit;

/// <summary>One log call captured by a <see cref="LogRecorder"/>.</summary>
/// <param name="Level">The level it was logged at.</param>
/// <param name="Category">The logger category (usually the type that logged).</param>
/// <param name="EventId">The event id ([LoggerMessage] methods set it).</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Exception">The exception logged with it, if any.</param>
public sealed record CapturedLogEntry(LogLevel Level, string Category, EventId EventId, string Message, Exception? Exception)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"[{Level}] {Category}: {Message}" + (Exception is null ? "" : $" ({Exception.GetType().Name}: {Exception.Message})");
}
