using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Model;
using ActorMoo.Actors.Tests.Sessions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Accounts;

/// <summary><see cref="AccountService.DeleteAsync"/>: what <c>DELETE /api/character</c> does to the world.</summary>
public sealed class AccountServiceDeletionTests : SessionTestKit
{
    private const string Address = "10.1.2.3";

    [Fact]
    public async Task Deleting_must_remove_the_account_free_the_name_and_recycle_the_player()
    {
        var alice = (await Accounts.CreateAsync("Alice", "s3cret-pw", Address)).Player!.Value;

        Assert.Equal(AccountDeletion.Deleted, await Accounts.DeleteAsync(alice, "s3cret-pw"));

        Assert.Null(await Accounts.FindAsync("alice"));
        Assert.Null(await Accounts.FindByPlayerAsync(alice));
        Assert.True((await Objects.ReadAsync(alice)).State!.Recycled);
        Assert.DoesNotContain(await Accounts.ExportAsync(), a => a.Player == alice.Value);
        Assert.Equal(AccountService.WrongNameOrPassword, (await Accounts.ConnectAsync("alice", "s3cret-pw", Address)).Error);
        var again = await Accounts.CreateAsync("Alice", "other-pw", Address);
        Assert.True(again.Succeeded, again.Error);
        Assert.NotEqual(alice, again.Player);
    }

    [Fact]
    public async Task A_wrong_password_must_change_nothing()
    {
        var alice = (await Accounts.CreateAsync("Alice", "s3cret-pw", Address)).Player!.Value;

        Assert.Equal(AccountDeletion.WrongPassword, await Accounts.DeleteAsync(alice, "guessed-pw"));

        Assert.NotNull(await Accounts.FindAsync("alice"));
        Assert.False((await Objects.ReadAsync(alice)).State!.Recycled);
    }

    [Fact]
    public async Task A_wizard_must_not_be_deleted_this_way()
    {
        var alice = (await Accounts.CreateAsync("Alice", "s3cret-pw", Address)).Player!.Value;
        await CommitAsync(async tx =>
        {
            await tx.ApplyAsync([new ObjectChange(alice, new FlagsChanged(ObjectFlags.Player | ObjectFlags.Wizard | ObjectFlags.Programmer))]);
            return true;
        });

        Assert.Equal(AccountDeletion.Wizard, await Accounts.DeleteAsync(alice, "s3cret-pw"));

        Assert.NotNull(await Accounts.FindAsync("alice"));
        Assert.False((await Objects.ReadAsync(alice)).State!.Recycled);
    }

    [Fact]
    public async Task A_player_without_an_account_must_be_answered_no_account()
    {
        Assert.Equal(AccountDeletion.NoAccount, await Accounts.DeleteAsync(new ObjectId(4242), "s3cret-pw"));
    }

    [Fact]
    public async Task A_connected_player_must_be_told_and_disconnected()
    {
        await using var session = await CreatePlayerAsync("Alice", "s3cret-pw");
        var alice = await PlayerOfAsync("alice");

        Assert.Equal(AccountDeletion.Deleted, await Accounts.DeleteAsync(alice, "s3cret-pw"));

        var seen = "";
        while (!session.IsDisconnected)
            seen += await session.ReadOutputAsync();
        Assert.Contains(AccountService.DeletedNotice, seen, StringComparison.Ordinal);
        await AwaitAssertAsync(() => Assert.Null(Connected.Find(alice)));
    }

    [Fact]
    public async Task A_deletion_must_survive_a_restart_of_the_directory()
    {
        var alice = (await Accounts.CreateAsync("Alice", "s3cret-pw", Address)).Player!.Value;
        await Accounts.CreateAsync("Bob", "other-pw", Address);
        await Accounts.DeleteAsync(alice, "s3cret-pw");

        var recovered = new AccountService(Sys.ActorOf(AccountDirectoryActor.Props(Persistence.Runtime), "accounts-recovered"), Tasks, new AccountSettings());

        Assert.Null(await recovered.FindAsync("alice"));
        Assert.NotNull(await recovered.FindAsync("bob"));
    }
}
