using System.Text.RegularExpressions;

namespace ActorMoo.Persistence.PostgreSql;

/// <summary>How the PostgreSQL back end reaches its database.</summary>
public sealed partial class PostgreSqlStorageOptions
{
    /// <summary>An Npgsql connection string; the host takes it from <c>ACTORMOO_POSTGRES</c>.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>
    /// The schema holding the tables, created when missing. Separate schemas let several worlds (or
    /// test classes) share one database. A lower-case SQL identifier.
    /// </summary>
    public string Schema { get; set; } = "public";

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
            throw new ArgumentException($"{nameof(ConnectionString)} is empty; set ACTORMOO_POSTGRES or storage.postgres to an Npgsql connection string.");
        if (!IsValidSchemaName(Schema))
            throw new ArgumentException($"{nameof(Schema)} '{Schema}' is not a lower-case SQL identifier (letters, digits, underscores; at most 63).");
    }

    /// <summary>True for a plain lower-case SQL identifier of at most 63 characters, the only schema names accepted.</summary>
    public static bool IsValidSchemaName(string? schema) => schema is not null && SchemaName().IsMatch(schema);

    /// <summary>Schema names are spliced into SQL, so only plain identifiers are accepted.</summary>
    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex SchemaName();
}
