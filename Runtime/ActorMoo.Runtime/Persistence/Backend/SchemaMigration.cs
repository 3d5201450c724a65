namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// One versioned step of a back end's database schema. Versions start at 1 and have no gaps; a
/// database records each version it has applied, so starting a newer release (or running
/// <c>actormoo migrate</c>) applies only the missing steps, in order, each in its own transaction.
/// Released migrations are never edited: a schema change is a new migration.
/// </summary>
/// <param name="Version">The schema version this step produces.</param>
/// <param name="Name">A short description, recorded with the version.</param>
/// <param name="Sql">The statements of the step.</param>
public sealed record SchemaMigration(int Version, string Name, string Sql)
{
    /// <summary>Checks that <paramref name="migrations"/> are numbered 1, 2, 3 … in order and returns the latest version.</summary>
    /// <exception cref="InvalidOperationException">The list has a gap, a duplicate or is out of order.</exception>
    public static int Validate(IReadOnlyList<SchemaMigration> migrations)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
                throw new InvalidOperationException($"Schema migration #{i} has version {migrations[i].Version}; versions must run 1, 2, 3 … without gaps.");
        }
        return migrations.Count;
    }
}

/// <summary>What a migration run did.</summary>
/// <param name="FromVersion">The schema version found (0 for an empty database).</param>
/// <param name="ToVersion">The schema version now in place.</param>
/// <param name="Applied">The migrations applied by this run, in order; empty when the schema was current.</param>
public sealed record MigrationReport(int FromVersion, int ToVersion, IReadOnlyList<SchemaMigration> Applied);
