using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Persistence.PostgreSql;

/// <summary>
/// The PostgreSQL schema, one versioned step at a time; <c>{schema}</c> stands for the configured
/// schema. Never edit a released step; append a new one.
/// </summary>
internal static class PostgreSqlMigrations
{
    /// <summary>Every migration, in version order.</summary>
    public static IReadOnlyList<SchemaMigration> All { get; } =
    [
        new(1, "event journal and snapshot store", """
            CREATE TABLE {schema}.event_journal (
                -- Global order. Writers hold a transaction-level advisory lock while inserting, so
                -- orderings are handed out in commit order and a reader following them never skips a row.
                ordering       BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                persistence_id TEXT        NOT NULL,
                sequence_nr    BIGINT      NOT NULL,
                -- The highest event of an id is only marked deleted, so its sequence number survives.
                deleted        BOOLEAN     NOT NULL DEFAULT FALSE,
                manifest       TEXT        NOT NULL,
                payload        BYTEA       NOT NULL,
                written_at     TIMESTAMPTZ NOT NULL,
                writer_id      TEXT        NOT NULL,
                -- Fences stale writers (and, in a cluster, stale shard owners).
                CONSTRAINT event_journal_id_seq_key UNIQUE (persistence_id, sequence_nr)
            );

            -- Bumped by every journal batch that stores events, under the write advisory lock: a writer
            -- that finds the version it last wrote knows nobody else wrote since, so its cached highest
            -- sequence numbers are still true.
            CREATE TABLE {schema}.journal_version (
                id      INTEGER PRIMARY KEY CHECK (id = 1),
                version BIGINT  NOT NULL
            );
            INSERT INTO {schema}.journal_version (id, version) VALUES (1, 0);

            CREATE TABLE {schema}.snapshot_store (
                persistence_id TEXT        NOT NULL,
                sequence_nr    BIGINT      NOT NULL,
                created_at     TIMESTAMPTZ NOT NULL,
                manifest       TEXT        NOT NULL,
                payload        BYTEA       NOT NULL,
                PRIMARY KEY (persistence_id, sequence_nr)
            );
            """),
    ];
}
