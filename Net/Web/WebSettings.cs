namespace ActorMoo.Net.Web;

/// <summary>
/// Settings of the HTTP server (JSON API, websocket, web client page). A plain record for the host
/// to bind from configuration (<c>actormoo.http</c> in reference.conf); where it listens comes from
/// <c>actormoo.network</c>. <see cref="Validate"/> names the first bad setting.
/// </summary>
public sealed record WebSettings
{
    /// <summary>How long a token from <c>POST /api/auth</c> stays valid. Tokens live in memory only: a restart logs every API client out.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Most tokens one player may hold at once; issuing one more revokes the oldest, so a loop of logins cannot grow memory without bound.</summary>
    public int MaxTokensPerPlayer { get; init; } = 20;

    /// <summary>Largest HTTP request body accepted, in bytes; larger requests get 413. API bodies are a name and two passwords.</summary>
    public int MaxRequestBytes { get; init; } = 16 * 1024;

    /// <summary>Largest websocket message accepted from a browser, in bytes; a larger one closes the connection (1009, message too big).</summary>
    public int MaxFrameBytes { get; init; } = 16 * 1024;

    /// <summary>Longest input line passed to the world, in characters; longer lines are cut, as on telnet.</summary>
    public int MaxLineLength { get; init; } = 4096;

    /// <summary>Input frames per second one websocket may send over time; faster ones are read more slowly, never dropped.</summary>
    public double InputRate { get; init; } = 20;

    /// <summary>Input frames one websocket may send at once (a paste) before <see cref="InputRate"/> applies.</summary>
    public int InputBurst { get; init; } = 60;

    /// <summary>
    /// Frames that may wait for a slow browser. When a client falls this far behind, its connection
    /// is closed rather than letting its backlog grow in the server's memory.
    /// </summary>
    public int OutputQueueFrames { get; init; } = 1024;

    /// <summary>
    /// Open websockets allowed from one IP address; one more is refused with 429 and a JSON message
    /// before the upgrade, as telnet refuses its extra connections (each side has its own count).
    /// </summary>
    public int MaxConnectionsPerAddress { get; init; } = 10;

    /// <summary>Calls of <c>POST /api/register</c> and <c>POST /api/auth</c> one address may make per <see cref="AccountRequestWindow"/> (429 beyond).</summary>
    public int AccountRequestsPerWindow { get; init; } = 10;

    /// <summary>The window of <see cref="AccountRequestsPerWindow"/>.</summary>
    public TimeSpan AccountRequestWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the server pings an idle websocket so that proxies and NATs keep it open.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        Positive(TokenLifetime, nameof(TokenLifetime));
        AtLeastOne(MaxTokensPerPlayer, nameof(MaxTokensPerPlayer));
        AtLeast(MaxRequestBytes, 1024, nameof(MaxRequestBytes));
        AtLeast(MaxFrameBytes, 1024, nameof(MaxFrameBytes));
        AtLeastOne(MaxLineLength, nameof(MaxLineLength));
        AtLeastOne(OutputQueueFrames, nameof(OutputQueueFrames));
        AtLeastOne(MaxConnectionsPerAddress, nameof(MaxConnectionsPerAddress));
        if (!(InputRate > 0))
            throw new ArgumentException($"{nameof(InputRate)} must be positive (was {InputRate}).");
        AtLeastOne(InputBurst, nameof(InputBurst));
        AtLeastOne(AccountRequestsPerWindow, nameof(AccountRequestsPerWindow));
        Positive(AccountRequestWindow, nameof(AccountRequestWindow));
        Positive(KeepAliveInterval, nameof(KeepAliveInterval));
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
            throw new ArgumentException($"{name} must be positive (was {value}).");
    }

    private static void AtLeastOne(int value, string name) => AtLeast(value, 1, name);

    private static void AtLeast(int value, int minimum, string name)
    {
        if (value < minimum)
            throw new ArgumentException($"{name} must be at least {minimum} (was {value}).");
    }
}
