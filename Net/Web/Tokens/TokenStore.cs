using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace ActorMoo.Net.Web.Tokens;

/// <summary>
/// The bearer tokens of the HTTP API and the websocket: 256 random bits each, handed out once
/// and kept only as their SHA-256 hash with the player and an expiry. A stolen copy of the table
/// (a heap dump) therefore holds no usable token, and looking a token up compares hashes in
/// constant time. Tokens live in memory: a restart of the node ends them all, and clients log in again.
/// </summary>
/// <remarks>Thread-safe: requests run on many threads.</remarks>
public sealed class TokenStore
{
    /// <summary>When the table holds this many tokens, expired ones are swept on the next issue.</summary>
    private const int SweepThreshold = 10_000;

    private readonly WebSettings _settings;
    private readonly TimeProvider _time;

    /// <summary>Live tokens by the base64 of their hash. Entries are immutable; expired ones are removed when met or swept.</summary>
    private readonly ConcurrentDictionary<string, TokenEntry> _tokens = new(StringComparer.Ordinal);

    /// <summary>Creates an empty store.</summary>
    public TokenStore(WebSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        settings.Validate();
        _settings = settings;
        _time = time;
    }

    /// <summary>How many tokens the store holds, expired ones not yet swept included.</summary>
    public int Count => _tokens.Count;

    /// <summary>
    /// A new token for <paramref name="player"/>. When the player already holds
    /// <see cref="WebSettings.MaxTokensPerPlayer"/> tokens, the oldest is revoked.
    /// </summary>
    /// <param name="player">The player object's number.</param>
    /// <param name="name">The player's name as stored, for the API's answers.</param>
    public IssuedToken Issue(long player, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var now = _time.GetUtcNow();
        if (_tokens.Count >= SweepThreshold)
            Sweep(now);
        var held = _tokens.Where(pair => pair.Value.Player == player).OrderBy(pair => pair.Value.Issued).ToList();
        for (int i = 0; i <= held.Count - _settings.MaxTokensPerPlayer; i++)
            _tokens.TryRemove(held[i].Key, out _);

        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var hash = Hash(token);
        var entry = new TokenEntry(hash, player, name, now, now + _settings.TokenLifetime);
        _tokens[Convert.ToBase64String(hash)] = entry;
        return new IssuedToken(token, new TokenIdentity(player, name, entry.Expires));
    }

    /// <summary>The identity <paramref name="token"/> stands for, or null when it is unknown, revoked or expired.</summary>
    public TokenIdentity? Validate(string? token)
    {
        if (!TryFind(token, out var key, out var entry))
            return null;
        if (entry.Expires <= _time.GetUtcNow())
        {
            _tokens.TryRemove(key, out _);
            return null;
        }
        return new TokenIdentity(entry.Player, entry.Name, entry.Expires);
    }

    /// <summary>Ends <paramref name="token"/>; true when it was live.</summary>
    public bool Revoke(string? token) =>
        TryFind(token, out var key, out var entry) && _tokens.TryRemove(key, out _) && entry.Expires > _time.GetUtcNow();

    /// <summary>Ends every token of <paramref name="player"/> (its password changed or it was deleted); returns how many.</summary>
    public int RevokeAll(long player)
    {
        int revoked = 0;
        foreach (var (key, entry) in _tokens)
        {
            if (entry.Player == player && _tokens.TryRemove(key, out _))
                revoked++;
        }
        return revoked;
    }

    private bool TryFind(string? token, out string key, out TokenEntry entry)
    {
        key = "";
        entry = null!;
        // A token is 43 base64url characters; anything else cannot be one and costs no hashing.
        if (token is not { Length: 43 })
            return false;
        var hash = Hash(token);
        key = Convert.ToBase64String(hash);
        // The lookup is keyed by the hash, so its timing says nothing about the token; the final
        // comparison is constant-time all the same, as a matter of principle.
        return _tokens.TryGetValue(key, out entry!) && CryptographicOperations.FixedTimeEquals(entry.Hash, hash);
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, entry) in _tokens)
        {
            if (entry.Expires <= now)
                _tokens.TryRemove(key, out _);
        }
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.ASCII.GetBytes(token));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>One live token: its hash, whose it is, when it was issued and when it expires.</summary>
    private sealed record TokenEntry(byte[] Hash, long Player, string Name, DateTimeOffset Issued, DateTimeOffset Expires);
}

/// <summary>Whom a token stands for.</summary>
/// <param name="Player">The player object's number.</param>
/// <param name="Name">The player's name as stored.</param>
/// <param name="Expires">When the token stops being accepted.</param>
public sealed record TokenIdentity(long Player, string Name, DateTimeOffset Expires);

/// <summary>A freshly issued token: the secret (shown to the client once, never stored) and its identity.</summary>
/// <param name="Token">The token, 43 base64url characters.</param>
/// <param name="Identity">Whom it stands for and until when.</param>
public sealed record IssuedToken(string Token, TokenIdentity Identity);
