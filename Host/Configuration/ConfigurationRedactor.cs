using System.Data.Common;

namespace ActorMoo.Host.Configuration;

/// <summary>
/// Hides secrets before configuration values are logged or printed. A key whose last element
/// names a secret (<c>…password</c>, <c>…secret</c>, <c>…token</c>) is hidden entirely; a
/// connection string (<c>storage.postgres</c>, <c>…connection-string</c>) keeps its host and
/// database, which operators need to see, and loses only its password.
/// </summary>
public static class ConfigurationRedactor
{
    /// <summary>What a hidden value is shown as.</summary>
    public const string Redacted = "<redacted>";

    private static readonly string[] SecretWords = ["password", "secret", "token", "passphrase", "api-key"];

    private static readonly string[] PasswordKeywords = ["password", "pwd"];

    /// <summary>Whether the configuration key (<c>:</c>- or <c>.</c>-separated) holds a secret that is hidden entirely.</summary>
    public static bool IsSecret(string key) =>
        SecretWords.Any(word => LastElement(key).Contains(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the key holds a connection string, shown with its password hidden.</summary>
    public static bool IsConnectionString(string key)
    {
        string last = LastElement(key);
        return last.Equals("postgres", StringComparison.OrdinalIgnoreCase)
            || last.Contains("connection-string", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The value as it may be shown: unchanged, partly hidden, or <see cref="Redacted"/>. Empty values stay empty so operators see that nothing is set.</summary>
    public static string? Redact(string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        if (IsSecret(key))
        {
            return Redacted;
        }

        return IsConnectionString(key) ? RedactConnectionString(value) : value;
    }

    /// <summary>Replaces the password of a connection string; a string that cannot be parsed is hidden whole.</summary>
    public static string RedactConnectionString(string connectionString)
    {
        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException)
        {
            return Redacted;
        }

        foreach (string key in builder.Keys.Cast<string>().ToList())
        {
            if (PasswordKeywords.Any(p => key.Replace(" ", "", StringComparison.Ordinal).Equals(p, StringComparison.OrdinalIgnoreCase)))
            {
                builder[key] = Redacted;
            }
        }

        return builder.ConnectionString;
    }

    private static string LastElement(string key)
    {
        int separator = key.LastIndexOfAny([':', '.']);
        return separator < 0 ? key : key[(separator + 1)..];
    }
}
