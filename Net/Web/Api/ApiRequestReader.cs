using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace ActorMoo.Net.Web.Api;

/// <summary>
/// Reads a JSON request body into a message, turning every way a body can be wrong (not JSON,
/// wrong content type, too large, cut off) into a clear JSON error instead of the framework's
/// empty 400 or a 500.
/// </summary>
internal static class ApiRequestReader
{
    /// <summary>The body as <typeparamref name="T"/>, or the error to answer with.</summary>
    public static async Task<(T? Message, IResult? Error)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
            return (null, ApiResults.Error(StatusCodes.Status415UnsupportedMediaType, "Send the request body as JSON with 'Content-Type: application/json'."));
        try
        {
            var message = await JsonSerializer.DeserializeAsync(request.Body, type, cancellationToken).ConfigureAwait(false);
            return message is null
                ? (null, ApiResults.Error(StatusCodes.Status400BadRequest, "The request body must be a JSON object."))
                : (message, null);
        }
        catch (JsonException)
        {
            return (null, ApiResults.Error(StatusCodes.Status400BadRequest, "The request body is not valid JSON of the expected shape."));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, ApiResults.Error(StatusCodes.Status413PayloadTooLarge, "The request body is too large."));
        }
        catch (BadHttpRequestException)
        {
            return (null, ApiResults.Error(StatusCodes.Status400BadRequest, "The request body could not be read."));
        }
    }

    /// <summary>The token of an <c>Authorization: Bearer …</c> header, or null.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }

    /// <summary>The client's address without the port, for throttling and logs.</summary>
    public static string RemoteAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
