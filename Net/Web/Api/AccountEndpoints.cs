using ActorMoo.Net.Web.Accounts;
using ActorMoo.Net.Web.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ActorMoo.Net.Web.Api;

/// <summary>
/// The account endpoints, after tildemush's API: register, auth (→ token), logout, password,
/// delete character. Register, auth and deletion are rate-limited per address (<see cref="WebRateLimits"/>):
/// each costs a slow password hash. Logout and password change need a token; password change and
/// deletion need the password again (deletion takes a name instead of a token, too).
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
        routes.MapDelete("/api/character", DeleteCharacterAsync).RequireRateLimiting(WebRateLimits.AccountPolicy);
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

    /// <summary>
    /// Deletes a character. Authenticated by a token (body <c>{"password"}</c>, the password again so a
    /// stolen token alone cannot delete) or, without one, by <c>{"name","password"}</c>, checked and
    /// throttled exactly as <c>POST /api/auth</c>.
    /// </summary>
    private static async Task<IResult> DeleteCharacterAsync(HttpContext context, IWebAccounts accounts, TokenStore tokens)
    {
        var token = ApiRequestReader.BearerToken(context.Request);
        var identity = token is null ? null : tokens.Validate(token);
        if (token is not null && identity is null)
            return ApiResults.Unauthorized();
        var (request, error) = await ApiRequestReader.ReadAsync(context.Request, ApiJsonContext.Default.CharacterDeletionRequest, context.RequestAborted);
        if (error is not null)
            return error;
        if (string.IsNullOrEmpty(request!.Password))
            return ApiResults.Error(StatusCodes.Status400BadRequest, "Give the character's 'password' to confirm the deletion.");
        long player;
        if (identity is not null)
        {
            if (!string.IsNullOrWhiteSpace(request.Name) && !string.Equals(request.Name.Trim(), identity.Name, StringComparison.OrdinalIgnoreCase))
                return ApiResults.Error(StatusCodes.Status400BadRequest, "The 'name' given is not the player of the token; leave it out or give the token's player.");
            player = identity.Player;
        }
        else if (string.IsNullOrWhiteSpace(request.Name))
        {
            return ApiResults.Error(StatusCodes.Status401Unauthorized, "This needs a valid token ('Authorization: Bearer <token>'), or the character's 'name' and 'password'.");
        }
        else
        {
            var login = await accounts.AuthenticateAsync(request.Name, request.Password, ApiRequestReader.RemoteAddress(context), context.RequestAborted);
            if (!login.Succeeded)
                return ApiResults.From(login);
            player = login.Player;
        }
        var outcome = await accounts.DeleteCharacterAsync(player, request.Password, context.RequestAborted);
        if (!outcome.Succeeded)
            return ApiResults.From(outcome);
        tokens.RevokeAll(player);
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
