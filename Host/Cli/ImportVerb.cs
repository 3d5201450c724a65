using System.CommandLine;
using ActorMoo.Actors.WorldFiles;
using ActorMoo.Host.Configuration;

namespace ActorMoo.Host.Cli;

/// <summary>
/// <c>actormoo import FILE</c>: loads a world bundle or world directory (docs/world-format.md) into
/// the configured store, which must be empty. Everything is checked before anything is written,
/// and the world goes in as one atomic write: a damaged file or a failure leaves the database as it was.
/// With <c>export</c>, this moves a world between SQLite and PostgreSQL.
/// </summary>
internal static class ImportVerb
{
    /// <summary>Creates the verb.</summary>
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "A world bundle written by `actormoo export`, or a world directory" };
        var command = new Command("import", "Load a world file into the empty database (SQLite in the data directory, or PostgreSQL when configured), then exit")
        {
            file,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            cli.CreateConfigurationContext(parseResult),
            parseResult.GetValue(file)!,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ActorMooConfigurationContext context, string file, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        WorldImage image;
        try
        {
            image = WorldReader.Read(await ReadFilesAsync(Path.GetFullPath(file, context.WorkingDirectory), file, cancellationToken));
        }
        catch (WorldFileException e)
        {
            error.WriteLine($"actormoo import: {file} refused, nothing was written:");
            error.WriteLine(e.Message);
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"actormoo import: cannot read {file}: {e.Message}");
            return ExitCodes.Failure;
        }

        try
        {
            await using WorldStoreAccess store = await WorldStoreAccess.OpenAsync(context, migrate: true, cancellationToken);
            long events = await WorldLoader.LoadAsync(store.Store.Journal, image, store.Sections, ProgressDisplay.For(error), cancellationToken);
            output.WriteLine($"{store.Description}: imported {image.Objects.Length} objects (next id #{image.NextId}, {events} events) from {file}");
            return ExitCodes.Success;
        }
        catch (Exception e) when (StartupErrors.TryDescribe(e, out IReadOnlyList<string> problems))
        {
            return StartupErrors.Report(error, e, problems);
        }
        catch (WorldFileException e)
        {
            error.WriteLine($"actormoo import: {file} refused, nothing was written:");
            error.WriteLine(e.Message);
            return ExitCodes.Failure;
        }
        catch (WorldStoreNotEmptyException e)
        {
            error.WriteLine($"actormoo import: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (Runtime.Persistence.JournalException e)
        {
            error.WriteLine($"actormoo import: writing the world failed: {e.Message}");
            return ExitCodes.StorageUnavailable;
        }
    }

    /// <summary>A directory is read as a tree; a file must be a bundle, checked completely before it is used.</summary>
    private static async Task<WorldFileSet> ReadFilesAsync(string path, string name, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            return WorldDirectory.Read(path);
        }

        if (!File.Exists(path))
        {
            throw new WorldFileException($"{name}: no such file or directory.");
        }

        byte[] bundle = await File.ReadAllBytesAsync(path, cancellationToken);
        return WorldBundle.Read(bundle, name);
    }
}
