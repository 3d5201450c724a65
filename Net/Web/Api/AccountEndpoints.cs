using ActorMoo.Net.Web.Accounts;
using ActorMoo.Net.Web.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ActorMoo.Net.Web.Api;

/// <summary>
/// The account endpoints, after tildemush's API: register, auth (→ token), logout, password,
/// delete character. Register and auth are rate-limited per address (<see cref="WebRateLimits"/>);
/// the others need a token, and password change and deletion need the password again.
/// </summary>
internal static class AccountEndpoints
{
    /// <summary>Maps the endpoints under <c>/api</c>.</summary>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/register", RegisterAsync).RequireRateLimiting(WebRateLimits.AccountPolicy);
        routes.MapPost("/api/auth", AuthenticateAsync).RequireRateLimiting(WebRateLimits.AccountPolicy);
        routes.MapPost("/api/logout", Logout);
        routes.MapPost("/api/password", ChangePasswordAsync);
        routes.MapDelete("/api/character", DeleteCharacterAsync);
    }

    private static async Task<IResult> RegisterAsync(HttpContext context, IWebAccounts accounts)
    {
        var (request, error) = await ApiRequestReader.ReadAsync(context.Request, ApiJsonContext.Default.CredentialsRequest, context.RequestAborted);
        if (error is not null)
            return error;
        if (Missing(request!.Name, request.Password) is { } missing)
            return missing;
        var outcome = await accounts.RegisterAsync(request.Name!, request.Password!, ApiRequestReader.RemoteAddress(context), context.RequestAborted);
        return outcome.Succeeded
            ? Results.Json(new RegisteredResponse(outcome.Name, $"#{outcome.Player}"), ApiJsonContext.Default.RegisteredResponse, statusCode: StatusCodes.Status201Created)
            : ApiResults.From(outcome);
    }

    private static async Task<IResult> AuthenticateAsync(HttpContext context, IWebAccounts accounts, TokenStore tokens)
    {
        var (request, error) = await ApiRequestReader.ReadAsync(context.Request, ApiJsonContext.Default.CredentialsRequest, context.RequestAborted);
        if (error is not null)
            return error;
        if (Missing(request!.Name, request.Password) is { } missing)
            return missing;
        var outcome = await accounts.AuthenticateAsync(request.Name!, request.Password!, ApiRequestReader.RemoteAddress(context), context.RequestAborted);
        if (!outcome.Succeeded)
            return ApiResults.From(outcome);
        var issued = tokens.Issue(outcome.Player, outcome.Name);
        var response = new TokenResponse(issued.Token, issued.Identity.Expires, outcome.Name, $"#{outcome.Player}");
        return Results.Json(response, ApiJsonContext.Default.TokenResponse);
    }

    private static IResult Logout(HttpContext context, TokenStore tokens) =>
        tokens.Revoke(ApiRequestReader.BearerToken(context.Request)) ? Results.NoContent() : ApiResults.Unauthorized();

    private static async Task<IResult> ChangePasswordAsync(HttpContext context, IWebAccounts accounts, TokenStore tokens)
    {
        if (tokens.Validate(ApiRequestReader.BearerToken(context.Request)) is not { } identity)
            return ApiResults.Unauthorized();
        var (request, error) = await ApiRequestReader.ReadAsync(context.Request, ApiJsonContext.Default.PasswordChangeRequest, context.RequestAborted);
        if (error is not null)
            return error;
        if (string.IsNullOrEmpty(request!.CurrentPassword) || string.IsNullOrEmpty(request.NewPassword))
            return ApiResults.Error(StatusCodes.Status400BadRequest, "Give both 'currentPassword' and 'newPassword'.");
        var outcome = await accounts.ChangePasswordAsync(identity.Player, request.CurrentPassword, request.NewPassword, context.RequestAborted);
        if (!outcome.Succeeded)
            return ApiResults.From(outcome);
        // Whoever holds an older token may have learned the old password: every other token ends.
        tokens.RevokeAll(identity.Player);
        return Results.Json(Reissue(tokens, identity), ApiJsonContext.Default.TokenResponse);
    }

    private static async Task<IResult> DeleteCharacterAsync(HttpContext context, IWebAccounts accounts, TokenStore tokens)
    {
        if (tokens.Validate(ApiRequestReader.BearerToken(context.Request)) is not { } identity)
            return ApiResults.Unauthorized();
        var (request, error) = await ApiRequestReader.ReadAsync(context.Request, ApiJsonContext.Default.CharacterDeletionRequest, context.RequestAborted);
        if (error is not null)
            return error;
        if (string.IsNullOrEmpty(request!.Password))
            return ApiResults.Error(StatusCodes.Status400BadRequest, "Give the character's 'password' to confirm the deletion.");
        var outcome = await accounts.DeleteCharacterAsync(identity.Player, request.Password, context.RequestAborted);
        if (!outcome.Succeeded)
            return ApiResults.From(outcome);
        tokens.RevokeAll(identity.Player);
        return Results.NoContent();
    }

    /// <summary>A fresh token for the caller after a password change revoked all of them, so the client stays logged in.</summary>
    private static TokenResponse Reissue(TokenStore tokens, TokenIdentity identity)
    {
        var issued = tokens.Issue(identity.Player, identity.Name);
        return new TokenResponse(issued.Token, issued.Identity.Expires, identity.Name, $"#{identity.Player}");
    }

    /// <summary>The 400 answer when a name or password is missing, else null.</summary>
    private static IResult? Missing(string? name, string? password) =>
        string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password)
            ? ApiResults.Error(StatusCodes.Status400BadRequest, "Give both 'name' and 'password'.")
            : null;
}
