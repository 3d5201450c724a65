using System.Text.Json;
using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.WorldFiles;
using ActorMoo.Host.Cli;
using ActorMoo.Host.Tests.Support;

namespace ActorMoo.Host.Tests.Cli;

/// <summary><c>actormoo passwd NAME</c> over a private SQLite data directory holding the starter core with one account.</summary>
public sealed class PasswdVerbTests : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private string PathOf(string relative) => Path.Combine(_directory.Path, relative);

    private async Task<(int ExitCode, string Output, string Error)> Run(string? input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string node = PathOf("node");
        Directory.CreateDirectory(node);
        var cli = new CliContext(Support.Hocon.Lookup(null), node) { Input = input is null ? null : new StringReader(input) };
        int exitCode = await ActorMooCommandLine.InvokeAsync(args, cli, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Imports the starter core with the account "Wizard" (#2) whose password is "old-secret".</summary>
    private async Task ImportWorldWithWizardAccountAsync()
    {
        string core = PathOf("core");
        WorldDirectory.Write(StarterCore.Files(), core);
        var account = new AccountRecord("Wizard", 2, PasswordHasher.Hash("old-secret", PasswordHasher.MinimumIterations), DateTimeOffset.UnixEpoch);
        await File.WriteAllTextAsync(Path.Combine(core, "accounts.json"), JsonSerializer.Serialize(new AccountsFile([account]), Json));
        Assert.Equal(ExitCodes.Success, (await Run(null, "import", core)).ExitCode);
    }

    /// <summary>The Wizard account's hash as the store holds it now, read back through <c>export</c>.</summary>
    private async Task<PasswordHash> StoredHashAsync()
    {
        string tree = PathOf("exported") + "/";
        Assert.Equal(ExitCodes.Success, (await Run(null, "export", tree, "--force")).ExitCode);
        var file = JsonSerializer.Deserialize<AccountsFile>(await File.ReadAllTextAsync(Path.Combine(tree, "accounts.json")), Json)!;
        return Assert.Single(file.Accounts).Password;
    }

    [Fact]
    public async Task Passwd_must_set_the_password_read_from_stdin()
    {
        await ImportWorldWithWizardAccountAsync();

        (int exitCode, string output, string error) = await Run("new-secret\n", "passwd", "wizard", "--password-stdin");

        Assert.Equal((ExitCodes.Success, ""), (exitCode, error));
        Assert.Contains("password of 'wizard' changed", output, StringComparison.Ordinal);
        PasswordHash stored = await StoredHashAsync();
        Assert.True(PasswordHasher.Verify("new-secret", stored));
        Assert.False(PasswordHasher.Verify("old-secret", stored));
    }

    [Fact]
    public async Task Passwd_of_an_unknown_name_must_fail_and_change_nothing()
    {
        await ImportWorldWithWizardAccountAsync();

        (int exitCode, _, string error) = await Run("new-secret\n", "passwd", "nobody", "--password-stdin");

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("no account named 'nobody'", error, StringComparison.Ordinal);
        Assert.True(PasswordHasher.Verify("old-secret", await StoredHashAsync()));
    }

    [Fact]
    public async Task Passwd_must_refuse_a_password_the_login_screen_would_refuse()
    {
        await ImportWorldWithWizardAccountAsync();

        (int exitCode, _, string error) = await Run("a b\n", "passwd", "Wizard", "--password-stdin");

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("actormoo passwd:", error, StringComparison.Ordinal);
        Assert.True(PasswordHasher.Verify("old-secret", await StoredHashAsync()));
    }

    [Fact]
    public async Task Passwd_without_any_input_must_fail_before_touching_the_store()
    {
        (int exitCode, _, string error) = await Run("", "passwd", "Wizard", "--password-stdin");

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("standard input was empty", error, StringComparison.Ordinal);
    }
}
