using System.CommandLine;

namespace ActorMoo.Host.Cli;

/// <summary>
/// The <c>actormoo</c> command line: with no verb it runs a single node; verbs do everything
/// else. Each verb is one file in this folder with a <c>Create(CliContext)</c> method, listed
/// once in <see cref="Verbs"/>.
/// </summary>
public static class ActorMooCommandLine
{
    /// <summary>Every verb, in help order. Add a verb by adding its factory here.</summary>
    private static readonly Func<CliContext, Command>[] Verbs =
    [
        ConfigVerb.Create,
        MigrateVerb.Create,
        PasswdVerb.Create,
        DevCertVerb.Create,
        ExportVerb.Create,
        ImportVerb.Create,
    ];

    /// <summary>Builds the root command with its verbs.</summary>
    public static RootCommand Create(CliContext cli)
    {
        var root = new RootCommand("ActorMoo: a persistent, multi-user, programmable text world. Without a verb, runs a single node.");
        root.Options.Add(cli.ConfigOption);
        RunNodeCommand.Attach(root, cli);
        foreach (Func<CliContext, Command> verb in Verbs)
        {
            root.Subcommands.Add(verb(cli));
        }

        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the chosen command.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="cli">Environment and directory to use; the process's by default.</param>
    /// <param name="output">Where normal output goes; the console by default.</param>
    /// <param name="error">Where errors go; the console's error stream by default.</param>
    /// <param name="cancellationToken">Stops a running node (besides Ctrl+C and SIGTERM).</param>
    /// <returns>The process exit code (<see cref="ExitCodes"/>).</returns>
    public static Task<int> InvokeAsync(string[] args, CliContext? cli = null, TextWriter? output = null,
        TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        // The generic host's console lifetime handles Ctrl+C, SIGINT and SIGTERM with a graceful
        // shutdown; System.CommandLine's own handler would race it and force an exit after a
        // timeout, so it is turned off.
        var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null };
        if (output is not null)
        {
            invocation.Output = output;
        }

        if (error is not null)
        {
            invocation.Error = error;
        }

        return Create(cli ?? CliContext.FromProcess()).Parse(args).InvokeAsync(invocation, cancellationToken);
    }
}
