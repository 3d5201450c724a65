using System.Security.Cryptography;
using System.Text;

namespace ActorMoo.Actors.Accounts;

/// <summary>
/// A stored password: PBKDF2 with HMAC-SHA256 over the UTF-8 password, a per-account random salt,
/// and the parameters kept with the hash so that the cost can be raised later without breaking
/// existing accounts (a login with an old cost still verifies; <see cref="PasswordHasher.NeedsRehash"/> says so).
/// </summary>
/// <param name="Algorithm">Always <see cref="PasswordHasher.Algorithm"/> today.</param>
/// <param name="Iterations">The PBKDF2 iteration count.</param>
/// <param name="Salt">The salt, base64.</param>
/// <param name="Hash">The derived key, base64.</param>
public sealed record PasswordHash(string Algorithm, int Iterations, string Salt, string Hash)
{
    /// <summary>Never shows the hash or salt: records get logged and printed in exceptions by accident.</summary>
    public override string ToString() => $"PasswordHash({Algorithm}, {Iterations} iterations)";
}

/// <summary>Hashes and verifies passwords (CPU-heavy by design: call it off actor threads).</summary>
public static class PasswordHasher
{
    /// <summary>The algorithm name stored with every hash.</summary>
    public const string Algorithm = "pbkdf2-sha256";

    /// <summary>The lowest iteration count accepted for new hashes (OWASP's floor for PBKDF2-SHA256 is far higher; this is the project's minimum).</summary>
    public const int MinimumIterations = 100_000;

    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>A new hash of <paramref name="password"/> with a fresh random salt.</summary>
    public static PasswordHash Hash(string password, int iterations)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return new PasswordHash(Algorithm, iterations, Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>True when <paramref name="password"/> is the one <paramref name="stored"/> was made from (compared in constant time).</summary>
    public static bool Verify(string password, PasswordHash stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Algorithm != Algorithm || stored.Iterations < 1)
            return false;
        byte[] salt, expected;
        try
        {
            salt = Convert.FromBase64String(stored.Salt);
            expected = Convert.FromBase64String(stored.Hash);
        }
        catch (FormatException)
        {
            return false;
        }
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, stored.Iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>True when <paramref name="stored"/> is cheaper than the cost configured now, so a successful login should store a fresh hash.</summary>
    public static bool NeedsRehash(PasswordHash stored, int iterations) => stored.Algorithm != Algorithm || stored.Iterations < iterations;

    /// <summary>A random password for the bootstrapped wizard: 18 characters from an alphabet without look-alikes.</summary>
    public static string Generate()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 18);
    }
}
