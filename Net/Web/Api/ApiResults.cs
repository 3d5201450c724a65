using System.Globalization;
using ActorMoo.Net.Web.Accounts;
using Microsoft.AspNetCore.Http;

namespace ActorMoo.Net.Web.Api;

/// <summary>The API's answers: every error is an <see cref="ApiError"/> JSON body with the status that tells its kind.</summary>
internal static class ApiResults
{
    /// <summary>An error with <paramref name="status"/> and a message for people.</summary>
    public static IResult Error(int status, string message) =>
        Results.Json(new ApiError(message), ApiJsonContext.Default.ApiError, statusCode: status);

    /// <summary>401 for a request without a live token.</summary>
    public static IResult Unauthorized() =>
        Error(StatusCodes.Status401Unauthorized, "This needs a valid token: log in with POST /api/auth and send 'Authorization: Bearer <token>'.");

    /// <summary>The error answer of a failed account request.</summary>
    public static IResult From(AccountOutcome outcome)
    {
        int status = outcome.Kind switch
        {
            AccountOutcomeKind.Invalid => StatusCodes.Status400BadRequest,
            AccountOutcomeKind.WrongCredentials => StatusCodes.Status401Unauthorized,
            AccountOutcomeKind.WrongPassword => StatusCodes.Status403Forbidden,
            AccountOutcomeKind.NotFound => StatusCodes.Status404NotFound,
            AccountOutcomeKind.Taken => StatusCodes.Status409Conflict,
            AccountOutcomeKind.Throttled => StatusCodes.Status429TooManyRequests,
            AccountOutcomeKind.Forbidden => StatusCodes.Status403Forbidden,
            AccountOutcomeKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
            _ => throw new ArgumentException($"{outcome.Kind} is not a failure.", nameof(outcome)),
        };
        var error = Error(status, outcome.Error);
        return outcome.Kind == AccountOutcomeKind.Throttled ? new WithRetryAfter(error, outcome.RetryAfter) : error;
    }

    /// <summary>Adds a <c>Retry-After</c> header (whole seconds, at least one) to another result.</summary>
    private sealed class WithRetryAfter(IResult inner, TimeSpan wait) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var seconds = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds));
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }
}
