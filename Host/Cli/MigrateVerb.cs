using System.CommandLine;
using ActorMoo.Host.Configuration;
using ActorMoo.Host.Node;
using ActorMoo.Host.Persistence;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Host.Cli;

/// <summary>
/// <c>actormoo migrate</c>: creates the configured database's schema or upgrades it to this release's
/// version, prints what it did, and exits — without starting a node. Safe to run while other nodes
/// migrate or run: each step is applied exactly once.
/// </summary>
internal static class MigrateVerb
{
    /// <summary>Creates the verb.</summary>
    public static Command Create(CliContext cli)
    {
        var command = new Command("migrate", "Create or upgrade the database schema (SQLite in the data directory, or PostgreSQL when configured), then exit");
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            cli.CreateConfigurationContext(parseResult),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ActorMooConfigurationContext context, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            using IHost host = NodeHost.CreateBuilder(context).Build();
            NodeHost.CheckStartup(host.Services);
            await using IPersistenceDatabase database = await host.Services.GetRequiredService<PersistenceDatabaseFactory>().OpenAsync(cancellationToken);
            MigrationReport report = await database.MigrateAsync(cancellationToken);
            output.WriteLine($"{database.Description}: schema version {report.FromVersion} -> {report.ToVersion}");
            foreach (SchemaMigration migration in report.Applied)
            {
                output.WriteLine($"  applied {migration.Version}: {migration.Name}");
            }

            if (report.Applied.Count == 0)
            {
                output.WriteLine("  already current, nothing to do");
            }

            return ExitCodes.Success;
        }
        catch (Exception e) when (StartupErrors.TryDescribe(e, out IReadOnlyList<string> problems))
        {
            return StartupErrors.Report(error, e, problems);
        }
        catch (InvalidOperationException e)
        {
            // Unreachable server, or a database newer than this release: say so plainly.
            error.WriteLine("actormoo migrate: " + e.Message);
            return ExitCodes.StorageUnavailable;
        }
    }
}
