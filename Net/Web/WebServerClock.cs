namespace ActorMoo.Net.Web;

/// <summary>When the web server started, on the injected clock, for the uptime the API reports.</summary>
public sealed class WebServerClock
{
    private readonly TimeProvider _time;

    /// <summary>Starts counting now.</summary>
    public WebServerClock(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        StartedAt = time.GetUtcNow();
    }

    /// <summary>When the server started.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>How long the server has been up.</summary>
    public TimeSpan Uptime => _time.GetUtcNow() - StartedAt;
}
