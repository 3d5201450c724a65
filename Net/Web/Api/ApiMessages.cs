using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActorMoo.Net.Web.Api;

/// <summary>Body of <c>POST /api/register</c> and <c>POST /api/auth</c>.</summary>
/// <param name="Name">The player's name.</param>
/// <param name="Password">The password.</param>
public sealed record CredentialsRequest(string? Name, string? Password);

/// <summary>Body of <c>POST /api/password</c>.</summary>
/// <param name="CurrentPassword">The password now.</param>
/// <param name="NewPassword">The password to set.</param>
public sealed record PasswordChangeRequest(string? CurrentPassword, string? NewPassword);

/// <summary>
/// Body of <c>DELETE /api/character</c>: the password again, so a stolen token alone cannot delete a
/// character; without a token, the name too.
/// </summary>
/// <param name="Name">The character's name: needed without a token; with one, it may be left out.</param>
/// <param name="Password">The password now.</param>
public sealed record CharacterDeletionRequest(string? Name, string? Password);

/// <summary>Answer of <c>POST /api/register</c>.</summary>
/// <param name="Name">The new player's name.</param>
/// <param name="Player">The player object, as <c>#N</c>.</param>
public sealed record RegisteredResponse(string Name, string Player);

/// <summary>Answer of <c>POST /api/auth</c>: the token to send as <c>Authorization: Bearer …</c> or <c>/ws?token=…</c>.</summary>
/// <param name="Token">The token; shown only this once.</param>
/// <param name="ExpiresAt">When it stops being accepted.</param>
/// <param name="Name">The player's name as stored.</param>
/// <param name="Player">The player object, as <c>#N</c>.</param>
public sealed record TokenResponse(string Token, DateTimeOffset ExpiresAt, string Name, string Player);

/// <summary>Answer of <c>GET /api/world-stats</c>; a counter the world does not keep is null.</summary>
/// <param name="Objects">Valid objects in the world.</param>
/// <param name="Rooms">Rooms among them.</param>
/// <param name="PlayersOnline">Players connected now.</param>
/// <param name="CommandsServed">Commands run since the node started.</param>
/// <param name="UptimeSeconds">Whole seconds since the server started.</param>
public sealed record WorldStatsResponse(long? Objects, long? Rooms, long PlayersOnline, long? CommandsServed, long UptimeSeconds);

/// <summary>Every error of the API: a message a person can read, with the HTTP status telling its kind.</summary>
/// <param name="Error">What went wrong and, where it helps, what to do.</param>
public sealed record ApiError(string Error);

/// <summary>Source-generated JSON contracts of the API (camelCase, as browsers expect).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CredentialsRequest))]
[JsonSerializable(typeof(PasswordChangeRequest))]
[JsonSerializable(typeof(CharacterDeletionRequest))]
[JsonSerializable(typeof(RegisteredResponse))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(WorldStatsResponse))]
[JsonSerializable(typeof(ApiError))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
