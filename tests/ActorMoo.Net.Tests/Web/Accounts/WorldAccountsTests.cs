using ActorMoo.Net.Tests.Support;
using ActorMoo.Net.Web.Accounts;

namespace ActorMoo.Net.Tests.Web.Accounts;

/// <summary>The adapter over the world's real account service, in a whole in-process world.</summary>
public sealed class WorldAccountsTests : IAsyncLifetime
{
    private InProcessWorld _world = null!;
    private WorldAccounts _accounts = null!;

    public async Task InitializeAsync()
    {
        _world = await InProcessWorld.StartAsync();
        _accounts = new WorldAccounts(_world.Accounts);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Register_must_create_a_player_that_can_then_authenticate()
    {
        var registered = await _accounts.RegisterAsync("Alice", "secret1", "127.0.0.1", default);
        var authenticated = await _accounts.AuthenticateAsync("alice", "secret1", "127.0.0.1", default);

        Assert.Equal(AccountOutcomeKind.Ok, registered.Kind);
        Assert.Equal(AccountOutcomeKind.Ok, authenticated.Kind);
        Assert.Equal(registered.Player, authenticated.Player);
        Assert.Equal("Alice", authenticated.Name);
    }

    [Fact]
    public async Task Register_must_tell_bad_names_from_taken_ones()
    {
        await _accounts.RegisterAsync("Alice", "secret1", "127.0.0.1", default);

        Assert.Equal(AccountOutcomeKind.Taken, (await _accounts.RegisterAsync("ALICE", "secret1", "127.0.0.1", default)).Kind);
        Assert.Equal(AccountOutcomeKind.Invalid, (await _accounts.RegisterAsync("wizard", "secret1", "127.0.0.1", default)).Kind);
        Assert.Equal(AccountOutcomeKind.Invalid, (await _accounts.RegisterAsync("9lives", "secret1", "127.0.0.1", default)).Kind);
        Assert.Equal(AccountOutcomeKind.Invalid, (await _accounts.RegisterAsync("Bob", "a b", "127.0.0.1", default)).Kind);
    }

    [Fact]
    public async Task Wrong_passwords_must_be_refused_and_then_throttled()
    {
        await _accounts.RegisterAsync("Alice", "secret1", "127.0.0.1", default);

        var outcomes = new List<AccountOutcomeKind>();
        for (int i = 0; i < _world.Accounts.Settings.FreeFailedLogins + 1; i++)
            outcomes.Add((await _accounts.AuthenticateAsync("Alice", "wrong12", "127.0.0.1", default)).Kind);
        var throttled = await _accounts.AuthenticateAsync("Alice", "secret1", "127.0.0.1", default);

        Assert.All(outcomes, kind => Assert.Equal(AccountOutcomeKind.WrongCredentials, kind));
        Assert.Equal(AccountOutcomeKind.Throttled, throttled.Kind);
        Assert.True(throttled.RetryAfter > TimeSpan.Zero);
    }

    [Fact]
    public async Task Changing_the_password_must_need_the_current_one_and_replace_it()
    {
        var player = (await _accounts.RegisterAsync("Alice", "secret1", "127.0.0.1", default)).Player;

        Assert.Equal(AccountOutcomeKind.WrongPassword, (await _accounts.ChangePasswordAsync(player, "wrong12", "better99", default)).Kind);
        Assert.Equal(AccountOutcomeKind.Invalid, (await _accounts.ChangePasswordAsync(player, "secret1", "no", default)).Kind);
        Assert.Equal(AccountOutcomeKind.Ok, (await _accounts.ChangePasswordAsync(player, "secret1", "better99", default)).Kind);

        Assert.Equal(AccountOutcomeKind.Ok, (await _accounts.AuthenticateAsync("Alice", "better99", "10.0.0.1", default)).Kind);
        Assert.Equal(AccountOutcomeKind.WrongCredentials, (await _accounts.AuthenticateAsync("Alice", "secret1", "10.0.0.2", default)).Kind);
    }

    [Fact]
    public async Task Changing_the_password_of_a_player_without_account_must_be_not_found()
    {
        Assert.Equal(AccountOutcomeKind.NotFound, (await _accounts.ChangePasswordAsync(99_999, "secret1", "better99", default)).Kind);
    }

    [Fact]
    public async Task Deleting_a_character_must_free_its_name_and_end_its_logins()
    {
        var player = (await _accounts.RegisterAsync("Alice", "secret1", "127.0.0.1", default)).Player;

        Assert.Equal(AccountOutcomeKind.Ok, (await _accounts.DeleteCharacterAsync(player, "secret1", default)).Kind);

        Assert.Equal(AccountOutcomeKind.WrongCredentials, (await _accounts.AuthenticateAsync("Alice", "secret1", "127.0.0.2", default)).Kind);
        var again = await _accounts.RegisterAsync("Alice", "other12", "127.0.0.1", default);
        Assert.Equal(AccountOutcomeKind.Ok, again.Kind);
        Assert.NotEqual(player, again.Player);
        Assert.DoesNotContain(await _world.Accounts.ExportAsync(), a => a.Player == player);
    }

    [Fact]
    public async Task Deleting_a_character_must_refuse_a_wrong_password_a_wizard_and_a_player_without_account()
    {
        var player = (await _accounts.RegisterAsync("Alice", "secret1", "127.0.0.1", default)).Player;
        var wizard = (await _accounts.AuthenticateAsync("Wizard", "wizard-password", "127.0.0.1", default)).Player;

        Assert.Equal(AccountOutcomeKind.WrongPassword, (await _accounts.DeleteCharacterAsync(player, "wrong12", default)).Kind);
        Assert.Equal(AccountOutcomeKind.Forbidden, (await _accounts.DeleteCharacterAsync(wizard, "wizard-password", default)).Kind);
        Assert.Equal(AccountOutcomeKind.NotFound, (await _accounts.DeleteCharacterAsync(99_999, "secret1", default)).Kind);
        Assert.Equal(AccountOutcomeKind.Ok, (await _accounts.AuthenticateAsync("Alice", "secret1", "127.0.0.1", default)).Kind);
        Assert.Equal(AccountOutcomeKind.Ok, (await _accounts.AuthenticateAsync("Wizard", "wizard-password", "127.0.0.1", default)).Kind);
    }
}
