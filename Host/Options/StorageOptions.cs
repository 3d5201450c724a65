namespace ActorMoo.Host.Options;

/// <summary>Where the world is stored (<c>actormoo.storage</c> in reference.conf).</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionKey = "actormoo:storage";

    /// <summary>Directory for the SQLite database and other local state; relative to the working directory.</summary>
    [ConfigurationKeyName("data-dir")]
    public string DataDir { get; set; } = "./data";

    /// <summary>PostgreSQL connection string; empty means the embedded SQLite database. Contains a password: never log it unredacted.</summary>
    [ConfigurationKeyName("postgres")]
    public string Postgres { get; set; } = "";

    /// <summary>Whether the world lives in PostgreSQL rather than SQLite.</summary>
    public bool UsesPostgres => !string.IsNullOrWhiteSpace(Postgres);
}
