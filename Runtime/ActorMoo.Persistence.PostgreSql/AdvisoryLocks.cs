using System.Text;

namespace ActorMoo.Persistence.PostgreSql;

/// <summary>
/// Keys of the transaction-level advisory locks ActorMoo takes, one per purpose and schema, so every
/// node sharing a database agrees on them. A stable FNV-1a hash, never <c>string.GetHashCode</c>,
/// which differs between processes.
/// </summary>
internal static class AdvisoryLocks
{
    /// <summary>Held by a journal batch from validation to commit: orders writers across nodes.</summary>
    public static long JournalWrite(string schema) => Hash("actormoo.journal-write." + schema);

    /// <summary>Held while migrating, so concurrent starts apply each step once.</summary>
    public static long Migration(string schema) => Hash("actormoo.migration." + schema);

    private static long Hash(string text)
    {
        const ulong offset = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offset;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= prime;
        }
        return unchecked((long)hash);
    }
}
