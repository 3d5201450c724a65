using ActorMoo.Host.Configuration.Units;
using ActorMoo.Net.Web;

namespace ActorMoo.Host.Options;

/// <summary>
/// The HTTP server's settings (<c>actormoo.http</c> in reference.conf): API tokens, request and
/// frame limits, the account rate limit. Where it listens is <c>actormoo.network</c>
/// (<c>http-port</c>, <c>bind</c>). Mapped onto the server's own <see cref="WebSettings"/> by <see cref="ToWebSettings"/>.
/// </summary>
public sealed class HttpOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionKey = "actormoo:http";

    /// <summary>How long a token from <c>POST /api/auth</c> is accepted.</summary>
    [ConfigurationKeyName("token-lifetime")]
    public Duration TokenLifetime { get; set; } = new(TimeSpan.FromHours(24));

    /// <summary>Most live tokens per player; one more revokes the oldest.</summary>
    [ConfigurationKeyName("max-tokens-per-player")]
    public int MaxTokensPerPlayer { get; set; } = 20;

    /// <summary>Largest request body.</summary>
    [ConfigurationKeyName("max-request-size")]
    public ByteSize MaxRequestSize { get; set; } = ByteSize.FromKibibytes(16);

    /// <summary>Largest websocket message from a browser.</summary>
    [ConfigurationKeyName("max-frame-size")]
    public ByteSize MaxFrameSize { get; set; } = ByteSize.FromKibibytes(16);

    /// <summary>Longest input line passed to the world, in characters.</summary>
    [ConfigurationKeyName("max-line-length")]
    public int MaxLineLength { get; set; } = 4096;

    /// <summary>Input frames per second one websocket may send over time.</summary>
    [ConfigurationKeyName("input-rate")]
    public double InputRate { get; set; } = 20;

    /// <summary>Input frames one websocket may send at once before <see cref="InputRate"/> applies.</summary>
    [ConfigurationKeyName("input-burst")]
    public int InputBurst { get; set; } = 60;

    /// <summary>Frames that may wait for a slow browser before it is disconnected.</summary>
    [ConfigurationKeyName("output-queue-frames")]
    public int OutputQueueFrames { get; set; } = 1024;

    /// <summary>Open websockets allowed from one IP address; one more is refused with 429.</summary>
    [ConfigurationKeyName("max-connections-per-address")]
    public int MaxConnectionsPerAddress { get; set; } = 10;

    /// <summary>Register and auth calls one address may make per <see cref="AccountRequestWindow"/>.</summary>
    [ConfigurationKeyName("account-requests-per-window")]
    public int AccountRequestsPerWindow { get; set; } = 10;

    /// <summary>The window of <see cref="AccountRequestsPerWindow"/>.</summary>
    [ConfigurationKeyName("account-request-window")]
    public Duration AccountRequestWindow { get; set; } = Duration.FromMinutes(1);

    /// <summary>How often an idle websocket is pinged.</summary>
    [ConfigurationKeyName("keep-alive-interval")]
    public Duration KeepAliveInterval { get; set; } = Duration.FromSeconds(30);

    /// <summary>The server's settings. Valid once <see cref="HttpOptionsValidator"/> has accepted the options.</summary>
    public WebSettings ToWebSettings() => new()
    {
        TokenLifetime = TokenLifetime.Value,
        MaxTokensPerPlayer = MaxTokensPerPlayer,
        MaxRequestBytes = (int)MaxRequestSize.Bytes,
        MaxFrameBytes = (int)MaxFrameSize.Bytes,
        MaxLineLength = MaxLineLength,
        InputRate = InputRate,
        InputBurst = InputBurst,
        OutputQueueFrames = OutputQueueFrames,
        MaxConnectionsPerAddress = MaxConnectionsPerAddress,
        AccountRequestsPerWindow = AccountRequestsPerWindow,
        AccountRequestWindow = AccountRequestWindow.Value,
        KeepAliveInterval = KeepAliveInterval.Value,
    };
}
