using System.Data.Common;
using ActorMoo.Host.Configuration;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Options;

/// <summary>Checks <see cref="StorageOptions"/>: a usable data directory path and a well-formed connection string.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var problems = new ValidationProblems("actormoo.storage");
        if (string.IsNullOrWhiteSpace(options.DataDir))
        {
            problems.Add("data-dir", options.DataDir, "must name a directory (the default is ./data)");
        }
        else if (options.DataDir.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            problems.Add("data-dir", options.DataDir, "contains characters that are not allowed in a path");
        }

        if (options.UsesPostgres)
        {
            try
            {
                _ = new DbConnectionStringBuilder { ConnectionString = options.Postgres };
            }
            catch (ArgumentException)
            {
                // The connection string may hold a password, so the value itself is never shown.
                problems.Add("postgres", ConfigurationRedactor.Redacted,
                    "is not a connection string; write Host=...;Database=...;Username=...;Password=... (or leave it empty for SQLite)");
            }
        }

        return problems.ToResult();
    }
}
