using System.Collections.Immutable;
using System.Text;
using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Model;
using ActorMoo.Actors.Tests.Sessions;
using ActorMoo.Actors.WorldFiles;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Accounts;

/// <summary><c>accounts.json</c> in world files: exported from the store with hashes, checked and planned on import.</summary>
public sealed class AccountsWorldFileSectionTests : SessionTestKit
{
    private readonly AccountsWorldFileSection _section = new();

    [Fact]
    public async Task Export_must_write_every_account_with_its_hash_and_never_a_password()
    {
        await Accounts.CreateAsync("Alice", "Pw-secret-1", "127.0.0.1");

        var bytes = await _section.ExportAsync(Persistence.Runtime, CancellationToken.None);

        var text = Encoding.UTF8.GetString(bytes!);
        Assert.Contains("\"Alice\"", text, StringComparison.Ordinal);
        Assert.Contains(PasswordHasher.Algorithm, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pw-secret-1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exported_file_must_plan_the_same_accounts_for_a_world_with_those_players()
    {
        var alice = (await Accounts.CreateAsync("Alice", "Pw-secret-1", "127.0.0.1")).Player!.Value;
        var bytes = (await _section.ExportAsync(Persistence.Runtime, CancellationToken.None))!;

        var writes = _section.PlanImport(bytes, World(alice, ObjectFlags.Player));

        var created = Assert.IsType<AccountCreated>(Assert.Single(Assert.Single(writes).Events));
        Assert.Equal(alice.Value, created.Account.Player);
        Assert.True(PasswordHasher.Verify("Pw-secret-1", created.Account.Password));
    }

    [Fact]
    public async Task Import_must_refuse_an_account_whose_object_is_no_player()
    {
        var alice = (await Accounts.CreateAsync("Alice", "Pw-secret-1", "127.0.0.1")).Player!.Value;
        var bytes = (await _section.ExportAsync(Persistence.Runtime, CancellationToken.None))!;

        var error = Assert.Throws<WorldFileException>(() => _section.PlanImport(bytes, World(alice, ObjectFlags.None)));

        Assert.Contains("not a player object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_without_accounts_must_export_nothing() =>
        Assert.Null(await _section.ExportAsync(Persistence.Runtime, CancellationToken.None));

    private static WorldImage World(ObjectId player, ObjectFlags flags) =>
        new(player.Value + 1, [new ObjectState { Id = player, Name = "Alice", Owner = player, Flags = flags }]);
}
