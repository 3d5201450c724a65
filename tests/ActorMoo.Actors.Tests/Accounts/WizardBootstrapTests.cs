using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Model;
using ActorMoo.Actors.Tests.Sessions;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Actors.Tests.Accounts;

public sealed class WizardBootstrapTests : SessionTestKit
{
    private WizardBootstrap Bootstrap => new(Accounts, Tasks, Sys.LoggerFactory.CreateLogger<WizardBootstrap>());

    [Fact]
    public async Task First_start_with_a_configured_password_must_create_a_wizard_who_can_connect()
    {
        var account = await Bootstrap.EnsureAsync("configured-pw");

        Assert.NotNull(account);
        var wizard = (await Objects.ReadAsync(new(account.Player))).State!;
        Assert.True(wizard.Has(ObjectFlags.Player | ObjectFlags.Wizard | ObjectFlags.Programmer));
        Assert.True((await Accounts.ConnectAsync("wizard", "configured-pw", "127.0.0.1")).Succeeded);
        Assert.DoesNotContain(Logs.Entries, e => e.Message.Contains("configured-pw", StringComparison.Ordinal));
    }

    [Fact]
    public async Task First_start_without_a_password_must_print_a_generated_one_once()
    {
        await Bootstrap.EnsureAsync(null);
        var banner = Assert.Single(Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("connect Wizard ", StringComparison.Ordinal));
        var password = banner.Message.Split("connect Wizard ")[1].Split('\n')[0].Trim();

        Assert.True((await Accounts.ConnectAsync("Wizard", password, "127.0.0.1")).Succeeded);
        Assert.Null(await Bootstrap.EnsureAsync(null));
        Assert.Single(Logs.Entries, e => e.Message.Contains("connect Wizard ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_core_wizard_object_must_get_the_account()
    {
        var coreWizard = await CommitAsync(async tx =>
        {
            for (var i = 0; i < 3; i++)
            {
                var id = await tx.AllocateIdAsync();
                await tx.ApplyAsync(Creation.Plan(id, i == 2 ? "Wizard" : "Object" + i, id, []));
            }
            var wizard = new Scripting.Values.ObjectId(2);
            await tx.ApplyAsync([new ObjectChange(wizard, new FlagsChanged(ObjectFlags.Player | ObjectFlags.Wizard | ObjectFlags.Programmer))]);
            return wizard;
        });

        var account = await Bootstrap.EnsureAsync("configured-pw");

        Assert.Equal(coreWizard.Value, account!.Player);
    }
}
