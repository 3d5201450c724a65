using ActorMoo.Persistence.PostgreSql;
using ActorMoo.Persistence.Sqlite;
using ActorMoo.Runtime.Persistence;
using ActorMoo.TestKit.Persistence.Tck;

// The child process of the crash-consistency tests (see CrashConsistencySpec): opens an already
// migrated store and streams multi-entity batches through a group-committing journal, printing
// "ACK <batch> END" after each durable write, until the parent kills it with SIGKILL.
//
//   ActorMoo.Persistence.CrashWriter sqlite <database file>
//   ActorMoo.Persistence.CrashWriter postgres <connection string> <schema>
IPersistenceDatabase database = args switch
{
    ["sqlite", var path] => await SqliteDatabase.OpenAsync(new SqliteStorageOptions { DatabasePath = path }),
    ["postgres", var connectionString, var schema] => await PostgreSqlDatabase.OpenAsync(new PostgreSqlStorageOptions { ConnectionString = connectionString, Schema = schema }),
    _ => throw new ArgumentException("usage: crash-writer sqlite <file> | postgres <connection string> <schema>"),
};

await using (database)
{
    await using var journal = new EventJournal(database.CreateJournalStorage(), TckSerialization.CreateSerializer(), new JournalOptions(), TimeProvider.System);
    await CrashStreamWriter.RunAsync(journal, Console.Out);
}
return 0;
