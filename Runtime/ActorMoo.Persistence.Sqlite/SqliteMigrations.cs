using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Persistence.Sqlite;

/// <summary>The SQLite schema, one versioned step at a time. Never edit a released step; append a new one.</summary>
internal static class SqliteMigrations
{
    /// <summary>Every migration, in version order.</summary>
    public static IReadOnlyList<SchemaMigration> All { get; } =
    [
        new(1, "event journal and snapshot store", """
            CREATE TABLE event_journal (
                -- Global order: AUTOINCREMENT never reuses a number, so an offset stays meaningful after deletes.
                ordering       INTEGER PRIMARY KEY AUTOINCREMENT,
                persistence_id TEXT    NOT NULL,
                sequence_nr    INTEGER NOT NULL,
                -- The highest event of an id is only marked deleted, so its sequence number survives.
                deleted        INTEGER NOT NULL DEFAULT 0,
                manifest       TEXT    NOT NULL,
                payload        BLOB    NOT NULL,
                written_at     INTEGER NOT NULL, -- Unix milliseconds
                writer_id      TEXT    NOT NULL,
                UNIQUE (persistence_id, sequence_nr)
            );

            CREATE TABLE snapshot_store (
                persistence_id TEXT    NOT NULL,
                sequence_nr    INTEGER NOT NULL,
                created_at     INTEGER NOT NULL, -- Unix milliseconds
                manifest       TEXT    NOT NULL,
                payload        BLOB    NOT NULL,
                PRIMARY KEY (persistence_id, sequence_nr)
            ) WITHOUT ROWID;
            """),
    ];
}
