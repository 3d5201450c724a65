using ActorMoo.Host.Configuration.Units;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Options;

/// <summary>Checks <see cref="HttpOptions"/> against everything <c>WebSettings.Validate</c> requires, naming the HOCON key.</summary>
public sealed class HttpOptionsValidator : IValidateOptions<HttpOptions>
{
    /// <summary>Smallest request and frame size: below it even a login does not fit.</summary>
    public static readonly ByteSize MinimumSize = ByteSize.FromKibibytes(1);

    /// <summary>Largest request and frame size: the server counts them in an <see cref="int"/>.</summary>
    public static readonly ByteSize MaximumSize = new(int.MaxValue);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, HttpOptions options)
    {
        var problems = new ValidationProblems("actormoo.http");
        PositiveDuration(problems, "token-lifetime", options.TokenLifetime);
        AtLeastOne(problems, "max-tokens-per-player", options.MaxTokensPerPlayer);
        Size(problems, "max-request-size", options.MaxRequestSize);
        Size(problems, "max-frame-size", options.MaxFrameSize);
        AtLeastOne(problems, "max-line-length", options.MaxLineLength);
        if (!(options.InputRate > 0))
        {
            problems.Add("input-rate", options.InputRate, "must be a positive number of frames per second");
        }

        AtLeastOne(problems, "input-burst", options.InputBurst);
        AtLeastOne(problems, "output-queue-frames", options.OutputQueueFrames);
        AtLeastOne(problems, "max-connections-per-address", options.MaxConnectionsPerAddress);
        AtLeastOne(problems, "account-requests-per-window", options.AccountRequestsPerWindow);
        PositiveDuration(problems, "account-request-window", options.AccountRequestWindow);
        PositiveDuration(problems, "keep-alive-interval", options.KeepAliveInterval);
        return problems.ToResult();
    }

    private static void AtLeastOne(ValidationProblems problems, string key, int value)
    {
        if (value < 1)
        {
            problems.Add(key, value, "must be at least 1");
        }
    }

    private static void PositiveDuration(ValidationProblems problems, string key, Duration duration)
    {
        if (duration <= Duration.Zero)
        {
            problems.Add(key, duration, "must be a positive duration such as 30s, 10m or 24h");
        }
    }

    private static void Size(ValidationProblems problems, string key, ByteSize size)
    {
        if (size < MinimumSize || size > MaximumSize)
        {
            problems.Add(key, size, $"must be between {MinimumSize} and 2GiB");
        }
    }
}
