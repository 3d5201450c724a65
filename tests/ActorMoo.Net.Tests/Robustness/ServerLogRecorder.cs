using Microsoft.Extensions.Logging;

namespace ActorMoo.Net.Tests.Robustness;

/// <summary>
/// Keeps the server's warnings and errors during a storm: an exception that escapes a connection
/// is logged by Kestrel at Error level, so "no errors" is how a test sees that nothing crashed
/// inside the server even though the process stayed up.
/// </summary>
internal sealed class ServerLogRecorder : ILoggerProvider
{
    private readonly List<string> _errors = [];
    private readonly Dictionary<string, int> _warnings = new(StringComparer.Ordinal);

    /// <summary>Errors and critical messages, with their exceptions.</summary>
    public IReadOnlyList<string> Errors
    {
        get { lock (_errors) return [.. _errors]; }
    }

    /// <summary>Warnings by logger category, counted (a slow client cut off is a warning, and expected under attack).</summary>
    public string WarningSummary
    {
        get { lock (_warnings) return string.Join(", ", _warnings.Select(w => $"{w.Key}: {w.Value}")); }
    }

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void Dispose()
    {
    }

    private void Record(string category, LogLevel level, string message, Exception? exception)
    {
        if (level >= LogLevel.Error)
        {
            lock (_errors)
                _errors.Add($"{category}: {message} {exception}");
        }
        else
        {
            lock (_warnings)
                _warnings[category] = _warnings.GetValueOrDefault(category) + 1;
        }
    }

    private sealed class Recorder(ServerLogRecorder owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                owner.Record(category, logLevel, formatter(state, exception), exception);
        }
    }
}
