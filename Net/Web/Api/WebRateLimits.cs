using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace ActorMoo.Net.Web.Api;

/// <summary>
/// The framework's rate limiter on the endpoints that cost a password hash (register, auth): a
/// fixed window per client address. It bounds the CPU one address can burn; the login throttle
/// in the accounts service additionally slows guessing at one name from many addresses.
/// </summary>
internal static class WebRateLimits
{
    /// <summary>The policy name of the account endpoints.</summary>
    public const string AccountPolicy = "accounts";

    /// <summary>Registers the limiter with its JSON 429 answer.</summary>
    public static void Add(IServiceCollection services, WebSettings settings)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    rejected.HttpContext.Response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await ApiResults.Error(StatusCodes.Status429TooManyRequests, "Too many account requests from your address; wait a minute and try again.")
                    .ExecuteAsync(rejected.HttpContext).ConfigureAwait(false);
            };
            limiter.AddPolicy(AccountPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                ApiRequestReader.RemoteAddress(context),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.AccountRequestsPerWindow,
                    Window = settings.AccountRequestWindow,
                    QueueLimit = 0,
                }));
        });
    }
}
