using System.CommandLine;
using ActorMoo.Actors.WorldFiles;
using ActorMoo.Host.Configuration;

namespace ActorMoo.Host.Cli;

/// <summary>
/// <c>actormoo export FILE</c>: writes the whole world of the configured store — objects,
/// properties, verbs, and the sections' files (accounts, tasks) — as one world bundle
/// (docs/world-format.md), or as a directory tree when FILE ends with <c>/</c>. It reads the
/// database directly, without starting a node: stop the node first for a consistent picture.
/// </summary>
internal static class ExportVerb
{
    /// <summary>Creates the verb.</summary>
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "The bundle to write (a directory tree when it ends with '/')" };
        var force = new Option<bool>("--force") { Description = "Replace FILE if it exists" };
        var command = new Command("export", "Write the whole world (SQLite in the data directory, or PostgreSQL when configured) to a readable world file, then exit")
        {
            file,
            force,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            cli.CreateConfigurationContext(parseResult),
            parseResult.GetValue(file)!,
            parseResult.GetValue(force),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ActorMooConfigurationContext context, string file, bool force, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        bool asDirectory = file.EndsWith('/') || file.EndsWith(Path.DirectorySeparatorChar);
        string target = Path.GetFullPath(file, context.WorkingDirectory);
        if (!asDirectory && File.Exists(target) && !force)
        {
            error.WriteLine($"actormoo export: {file} exists; choose another name or add --force to replace it.");
            return ExitCodes.Failure;
        }

        try
        {
            WorldExporter.Result export;
            string source;
            await using (WorldStoreAccess store = await WorldStoreAccess.OpenAsync(context, migrate: false, cancellationToken))
            {
                source = store.Description;
                export = await WorldExporter.ExportAsync(store.Store, store.Sections, ProgressDisplay.For(error), cancellationToken);
            }

            WorldFileSet files = WorldWriter.Write(export.Image);
            if (asDirectory)
            {
                WorldDirectory.Write(files, target);
            }
            else
            {
                // Written beside the target and renamed, so a crash never leaves half a bundle under the real name.
                string partial = target + ".partial";
                await File.WriteAllBytesAsync(partial, WorldBundle.Write(files), cancellationToken);
                File.Move(partial, target, overwrite: true);
            }

            foreach (string warning in export.Warnings)
            {
                error.WriteLine("actormoo export: warning: " + warning);
            }

            output.WriteLine($"{source}: exported {export.Image.Objects.Length} objects (next id #{export.Image.NextId}){Sections(export.Image)} to {file}");
            return ExitCodes.Success;
        }
        catch (Exception e) when (StartupErrors.TryDescribe(e, out IReadOnlyList<string> problems))
        {
            return StartupErrors.Report(error, e, problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Actors.Model.ObjectEventException)
        {
            error.WriteLine($"actormoo export: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static string Sections(WorldImage image) =>
        image.Sections.IsEmpty ? "" : " and " + string.Join(", ", image.Sections.Keys);
}
