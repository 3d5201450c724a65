using System.Text.Json.Serialization;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Actors.Accounts;

/// <summary>
/// One account: a login name bound to a player object and a password hash. The unit of export
/// and import (<see cref="AccountService.ExportAsync"/>), so it carries everything an account is.
/// </summary>
/// <param name="Name">The name as its owner spelled it at creation.</param>
/// <param name="Player">The player object's number.</param>
/// <param name="Password">The password hash with its parameters.</param>
/// <param name="Created">When the account was created.</param>
public sealed record AccountRecord(string Name, long Player, PasswordHash Password, DateTimeOffset Created)
{
    /// <summary>The key the account is found under (<see cref="AccountNames.Normalize"/>).</summary>
    [JsonIgnore]
    public string Key => AccountNames.Normalize(Name);
}

/// <summary>An account was created or imported (the account directory's event).</summary>
/// <param name="Account">The account.</param>
public sealed record AccountCreated(AccountRecord Account)
{
    /// <summary>The stable manifest.</summary>
    public const string Manifest = "moo.account-created.v1";
}

/// <summary>An account's password changed (the account directory's event).</summary>
/// <param name="Name">The account's key.</param>
/// <param name="Password">The new hash.</param>
public sealed record AccountPasswordChanged(string Name, PasswordHash Password)
{
    /// <summary>The stable manifest.</summary>
    public const string Manifest = "moo.account-password-changed.v1";
}

/// <summary>An account was deleted (<c>DELETE /api/character</c>): its name is free again (the account directory's event).</summary>
/// <param name="Name">The account's key.</param>
public sealed record AccountDeleted(string Name)
{
    /// <summary>The stable manifest.</summary>
    public const string Manifest = "moo.account-deleted.v1";
}

/// <summary>Registers the account directory's persisted types.</summary>
public static class AccountRegistration
{
    /// <summary>Registers the account events with persistence. Returns the registry for chaining.</summary>
    public static TypeManifestRegistry RegisterAccounts(this TypeManifestRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry
            .Register(AccountCreated.Manifest, AccountsJsonContext.Default.AccountCreated)
            .Register(AccountPasswordChanged.Manifest, AccountsJsonContext.Default.AccountPasswordChanged)
            .Register(AccountDeleted.Manifest, AccountsJsonContext.Default.AccountDeleted);
    }
}

/// <summary>Source-generated JSON contracts of the account events.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AccountCreated))]
[JsonSerializable(typeof(AccountPasswordChanged))]
[JsonSerializable(typeof(AccountDeleted))]
[JsonSerializable(typeof(AccountRecord))]
[JsonSerializable(typeof(AccountsFile))]
internal sealed partial class AccountsJsonContext : JsonSerializerContext;
