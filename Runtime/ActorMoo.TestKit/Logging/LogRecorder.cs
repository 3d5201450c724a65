using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Xunit.Sdk;

namespace ActorMoo.TestKit;

/// <summary>
/// A logger provider that keeps every entry at or above a minimum level, so tests can assert
/// on what the runtime and the actors logged (supervision failures are logged as errors with
/// their exception). Optionally echoes each entry to a sink such as xunit's test output.
/// </summary>
public sealed class LogRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogEntry> _entries = new();
    private readonly LogLevel _minimumLevel;
    private readonly Action<string>? _echo;

    /// <summary>Creates a recorder.</summary>
    /// <param name="minimumLevel">Entries below this level are ignored.</param>
    /// <param name="echo">Receives each entry as a line (e.g. <c>ITestOutputHelper.WriteLine</c>); may be null.</param>
    public LogRecorder(LogLevel minimumLevel = LogLevel.Debug, Action<string>? echo = null)
    {
        _minimumLevel = minimumLevel;
        _echo = echo;
    }

    /// <summary>Everything captured so far, oldest first.</summary>
    public IReadOnlyList<CapturedLogEntry> Entries => _entries.ToArray();

    /// <summary>Captured entries at Error level or above.</summary>
    public IReadOnlyList<CapturedLogEntry> Errors => _entries.Where(e => e.Level >= LogLevel.Error).ToArray();

    /// <summary>Waits until an error carrying a <typeparamref name="TException"/> (or wrapping one) that
    /// satisfies <paramref name="predicate"/> has been logged, and returns the entry.</summary>
    public async Task<CapturedLogEntry> ExpectErrorAsync<TException>(Func<TException, bool>? predicate = null, TimeSpan? timeout = null)
        where TException : Exception
    {
        CapturedLogEntry? found = null;
        try
        {
            await Eventually.ConditionAsync(() => (found = FindError(predicate)) is not null, timeout).ConfigureAwait(false);
        }
        catch (XunitException)
        {
            throw new XunitException($"No error with a {typeof(TException).Name} was logged. Errors logged: [{string.Join("; ", Errors)}]");
        }
        return found!;
    }

    /// <summary>Waits until an entry satisfying <paramref name="predicate"/> has been logged, and returns it.</summary>
    public async Task<CapturedLogEntry> ExpectAsync(Func<CapturedLogEntry, bool> predicate, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        CapturedLogEntry? found = null;
        await Eventually.ConditionAsync(() => (found = _entries.FirstOrDefault(predicate)) is not null, timeout, "no matching log entry").ConfigureAwait(false);
        return found!;
    }

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new RecordingLogger(this, categoryName);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private CapturedLogEntry? FindError<TException>(Func<TException, bool>? predicate) where TException : Exception =>
        _entries.FirstOrDefault(e => e.Level >= LogLevel.Error && Unwrap<TException>(e.Exception) is { } ex && (predicate is null || predicate(ex)));

    /// <summary>The exception itself or the first inner exception of type <typeparamref name="TException"/>.</summary>
    private static TException? Unwrap<TException>(Exception? exception) where TException : Exception
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is TException typed) return typed;
        }
        return null;
    }

    private void Record(CapturedLogEntry entry)
    {
        _entries.Enqueue(entry);
        if (_echo is null) return;
        try
        {
            _echo(entry.ToString());
        }
        catch (InvalidOperationException)
        {
            // xunit's output helper refuses writes after its test has finished; late log lines are dropped.
        }
    }

    private sealed class RecordingLogger(LogRecorder recorder, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= recorder._minimumLevel;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            recorder.Record(new CapturedLogEntry(logLevel, category, eventId, formatter(state, exception), exception));
        }
    }
}
