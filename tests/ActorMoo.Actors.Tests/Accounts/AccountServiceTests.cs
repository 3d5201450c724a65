using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Model;
using ActorMoo.Actors.Tests.Sessions;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Accounts;

public sealed class AccountServiceTests() : SessionTestKit(accountSettings: new AccountSettings { FreeFailedLogins = 2 })
{
    private const string Address = "10.1.2.3";

    [Fact]
    public async Task Create_must_make_a_player_object_and_store_a_hashed_password()
    {
        var result = await Accounts.CreateAsync("Alice", "s3cret-pw", Address);

        Assert.True(result.Succeeded, result.Error);
        var player = (await Objects.ReadAsync(result.Player!.Value)).State!;
        Assert.True(player.Has(ObjectFlags.Player));
        Assert.Equal("Alice", player.Name);
        Assert.Equal(player.Id, player.Owner);
        var account = (await Accounts.FindAsync("alice"))!;
        Assert.NotEqual("s3cret-pw", account.Password.Hash);
        Assert.True(PasswordHasher.Verify("s3cret-pw", account.Password));
    }

    [Fact]
    public async Task Create_must_use_dollar_player_and_dollar_player_start_when_defined()
    {
        var (root, start) = await CommitAsync(async tx =>
        {
            var system = await tx.AllocateIdAsync();
            var playerClass = await tx.AllocateIdAsync();
            var lobby = await tx.AllocateIdAsync();
            await tx.ApplyAsync(Creation.Plan(system, "System", system, []));
            await tx.ApplyAsync(Creation.Plan(playerClass, "generic player", system, []));
            await tx.ApplyAsync(Creation.Plan(lobby, "Lobby", system, []));
            await tx.ApplyAsync([
                new ObjectChange(system, new PropertyAdded(new PropertyDefinition("player", MooValue.Object(playerClass), system, PropertyPermissions.Read))),
                new ObjectChange(system, new PropertyAdded(new PropertyDefinition("player_start", MooValue.Object(lobby), system, PropertyPermissions.Read))),
            ]);
            return (playerClass, lobby);
        });

        var result = await Accounts.CreateAsync("Alice", "s3cret-pw", Address);

        var player = (await Objects.ReadAsync(result.Player!.Value)).State!;
        Assert.Equal(root, Assert.Single(player.Parents));
        Assert.Equal(start, player.Location);
    }

    [Fact]
    public async Task Names_must_be_unique_without_regard_to_case()
    {
        await Accounts.CreateAsync("Alice", "s3cret-pw", Address);

        var second = await Accounts.CreateAsync("ALICE", "other-pw", Address);

        Assert.Equal("That name is already taken; please choose another.", second.Error);
    }

    [Fact]
    public async Task Reserved_names_must_be_refused()
    {
        var result = await Accounts.CreateAsync("admin", "s3cret-pw", Address);

        Assert.Equal("That name is reserved; please choose another.", result.Error);
    }

    [Fact]
    public async Task Connect_must_refuse_unknown_names_and_wrong_passwords_alike()
    {
        await Accounts.CreateAsync("Alice", "s3cret-pw", Address);

        Assert.Equal(AccountService.WrongNameOrPassword, (await Accounts.ConnectAsync("alice", "nope", Address)).Error);
        Assert.Equal(AccountService.WrongNameOrPassword, (await Accounts.ConnectAsync("nobody", "nope", "10.9.9.9")).Error);
        Assert.True((await Accounts.ConnectAsync("Alice", "s3cret-pw", "10.8.8.8")).Succeeded);
    }

    [Fact]
    public async Task Repeated_failures_of_a_name_must_be_throttled_even_with_the_right_password()
    {
        await Accounts.CreateAsync("Alice", "s3cret-pw", Address);
        for (var i = 0; i < 3; i++)
            await Accounts.ConnectAsync("alice", "nope", $"10.0.0.{i}");

        var result = await Accounts.ConnectAsync("alice", "s3cret-pw", "10.0.0.99");

        Assert.StartsWith("Too many failed attempts; try again in ", result.Error, StringComparison.Ordinal);
        Advance(TimeSpan.FromMinutes(10));
        Assert.True((await Accounts.ConnectAsync("alice", "s3cret-pw", "10.0.0.99")).Succeeded);
    }

    [Fact]
    public async Task Repeated_failures_from_an_address_must_be_throttled_for_every_name()
    {
        await Accounts.CreateAsync("Alice", "s3cret-pw", Address);
        for (var i = 0; i < 3; i++)
            await Accounts.ConnectAsync($"guessed{i}", "nope", Address);

        Assert.StartsWith("Too many failed attempts", (await Accounts.ConnectAsync("alice", "s3cret-pw", Address)).Error, StringComparison.Ordinal);
        Assert.True((await Accounts.ConnectAsync("alice", "s3cret-pw", "10.4.4.4")).Succeeded);
    }

    [Fact]
    public async Task A_create_the_server_fails_must_not_count_toward_the_login_throttle()
    {
        var alice = (await Accounts.CreateAsync("Alice", "s3cret-pw", Address)).Player!.Value;
        Persistence.JournalStorage.Faults.RejectWritesTo(ObjectIdAllocator.AllocatorPersistenceId, "disk full");

        for (var i = 0; i < 4; i++)
            Assert.Equal(AccountService.CreationFailed, (await Accounts.CreateAsync("Bob", "other-pw", Address)).Error);

        Assert.Equal(TimeSpan.Zero, Accounts.Throttle.Wait("Bob", Address));
        Persistence.JournalStorage.Faults.Clear();
        Assert.True((await Accounts.CreateAsync("Bob", "other-pw", Address)).Succeeded);
        Assert.True((await Accounts.ConnectAsync("alice", "s3cret-pw", Address)).Succeeded);
        Assert.NotNull(await Accounts.FindByPlayerAsync(alice));
    }

    [Fact]
    public async Task A_create_whose_first_try_fails_must_be_retried_internally()
    {
        var bob = (await Accounts.CreateAsync("Bob", "other-pw", Address)).Player!.Value;
        // The next player object is refused by the store once: its task gives up, and create tries again with a new id.
        var refused = new ObjectId(bob.Value + 1);
        Persistence.JournalStorage.Faults.RejectWritesTo(ObjectActor.PersistenceIdOf(refused), "transient");

        var result = await Accounts.CreateAsync("Alice", "s3cret-pw", Address);

        Assert.True(result.Succeeded, result.Error);
        Assert.NotEqual(refused, result.Player);
        Assert.Null((await Objects.ReadAsync(refused)).State);
        Assert.Equal(TimeSpan.Zero, Accounts.Throttle.Wait("Alice", Address));
    }

    [Fact]
    public async Task Passwords_must_never_be_logged()
    {
        await Accounts.CreateAsync("Alice", "Pw-created-77", Address);
        await Accounts.ConnectAsync("alice", "Pw-wrong-88", Address);
        await Accounts.ConnectAsync("alice", "Pw-created-77", Address);
        await using var session = await OpenAsync();
        await session.CommandAsync("connect alice Pw-wrong-99");
        await session.CommandAsync("connect alice Pw-created-77");

        Assert.NotEmpty(Logs.Entries);
        Assert.DoesNotContain(Logs.Entries, e => e.ToString()!.Contains("Pw-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_and_import_must_carry_accounts_with_their_hashes()
    {
        await Accounts.CreateAsync("Alice", "s3cret-pw", Address);
        await Accounts.CreateAsync("Bob", "other-pw", Address);
        var exported = await Accounts.ExportAsync();
        var restored = exported.Select(a => a with { Player = a.Player + 100 }).ToList();

        Assert.Equal(2, await Accounts.ImportAsync(restored));

        var alice = (await Accounts.FindAsync("alice"))!;
        Assert.Equal(exported[0].Player + 100, alice.Player);
        Assert.True(PasswordHasher.Verify("s3cret-pw", alice.Password));
        Assert.Equal(["Alice", "Bob"], (await Accounts.ExportAsync()).Select(a => a.Name));
    }

    [Fact]
    public async Task The_player_directory_must_list_every_accounts_player()
    {
        var alice = (await Accounts.CreateAsync("Alice", "s3cret-pw", Address)).Player!.Value;
        var bob = (await Accounts.CreateAsync("Bob", "other-pw", Address)).Player!.Value;

        Assert.Equal([alice, bob], await new AccountPlayers(() => Accounts).PlayersAsync());
    }
}
