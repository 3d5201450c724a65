using System.CommandLine;
using System.Text;
using ActorMoo.Actors.Accounts;
using ActorMoo.Host.Configuration;
using ActorMoo.Host.Options;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Cli;

/// <summary>
/// <c>actormoo passwd NAME</c>: sets an account's password in the configured store (SQLite in the
/// data directory, or PostgreSQL when configured) without starting a node — the way back in for an
/// operator who lost the wizard's password. The password is read from standard input: asked twice
/// without echo on a terminal, or taken as the first line with <c>--password-stdin</c> (scripts). Stop
/// the node first: a running node keeps its own copy of the accounts and would refuse its next change.
/// </summary>
internal static class PasswdVerb
{
    /// <summary>Creates the verb.</summary>
    public static Command Create(CliContext cli)
    {
        var name = new Argument<string>("NAME") { Description = "The account's login name (any case)" };
        var fromStdin = new Option<bool>("--password-stdin") { Description = "Read the new password as the first line of standard input (for scripts; no prompt)" };
        var command = new Command("passwd", "Set an account's password in the store (SQLite in the data directory, or PostgreSQL when configured), then exit; stop the node first")
        {
            name,
            fromStdin,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            cli,
            cli.CreateConfigurationContext(parseResult),
            parseResult.GetValue(name)!,
            parseResult.GetValue(fromStdin),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, ActorMooConfigurationContext context, string name, bool fromStdin, TextWriter output, TextWriter error,
        CancellationToken cancellationToken)
    {
        string? password = fromStdin || cli.Input is not null || Console.IsInputRedirected
            ? ReadLine(cli.Input ?? Console.In, error)
            : AskTwice(error);
        if (password is null)
            return ExitCodes.Failure;
        try
        {
            await using WorldStoreAccess store = await WorldStoreAccess.OpenAsync(context, migrate: false, cancellationToken);
            AccountSettings settings = store.Services.GetRequiredService<IOptions<SessionsOptions>>().Value.ToAccountSettings();
            if (new AccountNames(settings).CheckPassword(password) is { } refusal)
            {
                error.WriteLine("actormoo passwd: " + refusal);
                return ExitCodes.Failure;
            }

            string key = AccountNames.Normalize(name);
            var journal = store.Store.Journal;
            bool found = false;
            long last = 0;
            await foreach (var envelope in journal.ReadEventsAsync(AccountDirectoryActor.DirectoryPersistenceId, cancellationToken: cancellationToken))
            {
                last = envelope.SequenceNr;
                found |= envelope.Event is AccountCreated created && created.Account.Key == key;
            }

            if (!found)
            {
                error.WriteLine($"actormoo passwd: {store.Description} has no account named '{name}'.");
                return ExitCodes.Failure;
            }

            // Hashing takes a moment by design (PBKDF2); the event is the one the account directory writes itself.
            PasswordHash hash = PasswordHasher.Hash(password, settings.PasswordIterations);
            await journal.WriteAsync(AccountDirectoryActor.DirectoryPersistenceId, last, [new AccountPasswordChanged(key, hash)]);
            output.WriteLine($"{store.Description}: password of '{name}' changed");
            return ExitCodes.Success;
        }
        catch (Exception e) when (StartupErrors.TryDescribe(e, out IReadOnlyList<string> problems))
        {
            return StartupErrors.Report(error, e, problems);
        }
    }

    /// <summary>The first line of <paramref name="input"/>; null (with a message) when there is none.</summary>
    private static string? ReadLine(TextReader input, TextWriter error)
    {
        string? line = input.ReadLine();
        if (line is null)
        {
            error.WriteLine("actormoo passwd: standard input was empty; give the new password as its first line.");
        }

        return line;
    }

    /// <summary>Asks for the password twice on the terminal without echo; null (with a message) when the two differ.</summary>
    private static string? AskTwice(TextWriter error)
    {
        string first = AskHidden("New password: ");
        string second = AskHidden("Retype new password: ");
        if (first == second)
            return first;
        error.WriteLine("actormoo passwd: the two passwords differ; nothing was changed.");
        return null;
    }

    private static string AskHidden(string prompt)
    {
        Console.Error.Write(prompt);
        var typed = new StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0)
                    typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return typed.ToString();
    }
}
