using System.Text.Json;
using System.Text.Json.Serialization;
using ActorMoo.Actors.Model;
using ActorMoo.Actors.WorldFiles;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Actors.Accounts;

/// <summary>
/// The accounts' file in a world tree, <c>accounts.json</c>: every account with its password hash
/// (never a password), ordered by player number, so that an export moved to another store (SQLite ↔
/// PostgreSQL, a backup) keeps every login working. Read from and written to the store directly,
/// as the world file tools work offline.
/// </summary>
public sealed class AccountsWorldFileSection : IWorldFileSection
{
    private static readonly JsonSerializerOptions Json = new(AccountsJsonContext.Default.Options) { WriteIndented = true };

    /// <inheritdoc />
    public string FileName => "accounts.json";

    /// <inheritdoc />
    public async Task<byte[]?> ExportAsync(PersistenceRuntime store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var accounts = new Dictionary<string, AccountRecord>(StringComparer.Ordinal);
        await foreach (var envelope in store.Journal.ReadEventsAsync(AccountDirectoryActor.DirectoryPersistenceId, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            switch (envelope.Event)
            {
                case AccountCreated created:
                    accounts[created.Account.Key] = created.Account;
                    break;
                case AccountPasswordChanged changed when accounts.TryGetValue(changed.Name, out var account):
                    accounts[changed.Name] = account with { Password = changed.Password };
                    break;
            }
        }
        if (accounts.Count == 0)
            return null;
        var file = new AccountsFile([.. accounts.Values.OrderBy(a => a.Player).ThenBy(a => a.Key, StringComparer.Ordinal)]);
        return JsonSerializer.SerializeToUtf8Bytes(file, Json);
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityWrite> PlanImport(byte[] content, WorldImage world)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(world);
        AccountsFile? file;
        try
        {
            file = JsonSerializer.Deserialize<AccountsFile>(content, Json);
        }
        catch (JsonException e)
        {
            throw new WorldFileException($"{FileName}: not valid account JSON ({e.Message}).");
        }
        if (file?.Accounts is not { } accounts)
            throw new WorldFileException($"{FileName}: the file has no \"accounts\" list.");
        var players = world.Objects.Where(o => o.Has(ObjectFlags.Player)).Select(o => o.Id.Value).ToHashSet();
        var problems = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var owners = new HashSet<long>();
        foreach (var account in accounts)
        {
            if (account?.Name is null || account.Password is null)
            {
                problems.Add($"{FileName}: an account lacks its name or password hash.");
                continue;
            }
            if (!names.Add(account.Key))
                problems.Add($"{FileName}: the name '{account.Name}' is used twice.");
            if (!owners.Add(account.Player))
                problems.Add($"{FileName}: #{account.Player} has two accounts.");
            if (!players.Contains(account.Player))
                problems.Add($"{FileName}: account '{account.Name}' names #{account.Player}, which is not a player object in this world.");
            if (account.Password.Algorithm != PasswordHasher.Algorithm || account.Password.Iterations < 1)
                problems.Add($"{FileName}: account '{account.Name}' has a password hash this server cannot check ({account.Password.Algorithm}).");
        }
        if (problems.Count > 0)
            throw new WorldFileException(problems);
        return accounts.Count == 0
            ? []
            : [new EntityWrite(AccountDirectoryActor.DirectoryPersistenceId, 0, [.. accounts.Select(a => (object)new AccountCreated(a))])];
    }
}

/// <summary>The shape of <c>accounts.json</c>.</summary>
/// <param name="Accounts">Every account.</param>
public sealed record AccountsFile(IReadOnlyList<AccountRecord> Accounts);
