using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Model;
using ActorMoo.Actors.Tests.Sessions;

namespace ActorMoo.Actors.Tests.Accounts;

/// <summary><c>accounts.set_password</c>, as <c>@password old new</c> uses it.</summary>
public sealed class AccountHostFunctionsTests : SessionTestKit
{
    // Like the core's @password: a refusal is caught and told to the player (an uncaught error
    // would only show a non-programmer "Something went wrong running that command").
    private const string PasswordVerb =
        "local ok, err = pcall(accounts.set_password, player, args[1] ~= '-' and args[1] or nil, args[2]) notify(player, ok and 'Password changed.' or tostring(err))";

    private static readonly VerbArgSpec AnyArgs = new(ObjectArgSpec.Any, Preposition.None, ObjectArgSpec.None);

    [Fact]
    public async Task A_player_must_change_their_password_by_giving_the_old_one()
    {
        await using var session = await CreatePlayerAsync("Alice", "old-pw1");
        var alice = await PlayerOfAsync("alice");
        await AddVerbAsync(alice, "@password", AnyArgs, PasswordVerb, alice);

        Assert.Equal("Password changed.", await session.CommandAsync("@password old-pw1 new-pw2"));

        Assert.True(await Accounts.VerifyAsync(alice, "new-pw2"));
        Assert.False(await Accounts.VerifyAsync(alice, "old-pw1"));
    }

    [Fact]
    public async Task A_changed_password_must_be_in_force_as_soon_as_the_command_is_done()
    {
        await using var session = await CreatePlayerAsync("Alice", "old-pw1");
        var alice = await PlayerOfAsync("alice");
        await AddVerbAsync(alice, "@password", AnyArgs, PasswordVerb, alice);
        Assert.Equal("Password changed.", await session.CommandAsync("@password old-pw1 new-pw2"));

        // No waiting: the prompt after @password means the new password is stored.
        await using var other = await OpenAsync("10.7.7.7");
        Assert.Equal(AccountService.WrongNameOrPassword, await other.CommandAsync("connect Alice old-pw1"));
        Assert.Contains("*** Connected", await other.CommandAsync("connect Alice new-pw2"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_password_change_right_after_the_first_must_need_the_new_password()
    {
        await using var session = await CreatePlayerAsync("Alice", "old-pw1");
        var alice = await PlayerOfAsync("alice");
        await AddVerbAsync(alice, "@password", AnyArgs, PasswordVerb, alice);

        Assert.Equal("Password changed.", await session.CommandAsync("@password old-pw1 new-pw2"));
        Assert.Contains("the old password is not right", await session.CommandAsync("@password old-pw1 third-pw3"), StringComparison.Ordinal);
        Assert.Equal("Password changed.", await session.CommandAsync("@password new-pw2 third-pw3"));
    }

    [Fact]
    public async Task A_wrong_old_password_must_change_nothing()
    {
        await using var session = await CreatePlayerAsync("Alice", "old-pw1");
        var alice = await PlayerOfAsync("alice");
        await AddVerbAsync(alice, "@password", AnyArgs, PasswordVerb, alice);

        Assert.Contains("the old password is not right", await session.CommandAsync("@password wrong-pw new-pw2"), StringComparison.Ordinal);

        Assert.True(await Accounts.VerifyAsync(alice, "old-pw1"));
    }

    [Fact]
    public async Task A_change_in_a_task_that_fails_later_must_not_happen()
    {
        await using var session = await CreatePlayerAsync("Alice", "old-pw1");
        var alice = await PlayerOfAsync("alice");
        await AddVerbAsync(alice, "@password", AnyArgs, "accounts.set_password(player, args[1], args[2]) error('changed my mind')", alice);

        Assert.Contains("Something went wrong running that command", await session.CommandAsync("@password old-pw1 new-pw2"), StringComparison.Ordinal);

        Assert.True(await Accounts.VerifyAsync(alice, "old-pw1"));
    }

    [Fact]
    public async Task Only_a_wizard_must_change_another_players_password()
    {
        await using var bobSession = await CreatePlayerAsync("Bob", "bob-pw1");
        var bob = await PlayerOfAsync("bob");
        await using var session = await CreatePlayerAsync("Alice", "old-pw1");
        var alice = await PlayerOfAsync("alice");
        await AddVerbAsync(alice, "@newpassword", AnyArgs, "local ok, err = pcall(accounts.set_password, toobj(" + bob.Value + "), nil, args[1]) notify(player, ok and 'done' or tostring(err))", alice);

        Assert.Contains("Permission denied", await session.CommandAsync("@newpassword taken-pw"), StringComparison.Ordinal);
        Assert.True(await Accounts.VerifyAsync(bob, "bob-pw1"));

        await CommitAsync(async tx =>
        {
            await tx.ApplyAsync([new ObjectChange(alice, new FlagsChanged(ObjectFlags.Player | ObjectFlags.Wizard | ObjectFlags.Programmer))]);
            return true;
        });
        Assert.Equal("done", await session.CommandAsync("@newpassword given-pw"));
        Assert.True(await Accounts.VerifyAsync(bob, "given-pw"));
    }
}
