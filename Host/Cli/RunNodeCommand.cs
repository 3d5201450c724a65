using System.CommandLine;
using ActorMoo.Host.Configuration;
using ActorMoo.Host.Node;

namespace ActorMoo.Host.Cli;

/// <summary>
/// <c>actormoo</c> with no verb: runs a single node until Ctrl+C, SIGINT or SIGTERM, then shuts
/// it down cleanly and exits 0. Configuration problems are reported before anything starts.
/// </summary>
internal static class RunNodeCommand
{
    /// <summary>Makes running a node the root command's action.</summary>
    public static void Attach(RootCommand root, CliContext cli) =>
        root.SetAction((parseResult, cancellationToken) =>
            RunAsync(cli.CreateConfigurationContext(parseResult), parseResult.InvocationConfiguration.Error, cancellationToken));

    /// <summary>Runs a node until it is told to stop or <paramref name="cancellationToken"/> is cancelled.</summary>
    public static async Task<int> RunAsync(ActorMooConfigurationContext context, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            using IHost host = NodeHost.CreateBuilder(context).Build();
            NodeHost.CheckStartup(host.Services);
            await host.StartAsync(cancellationToken);
            await host.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Success;
        }
        catch (Exception e) when (StartupErrors.TryDescribe(e, out IReadOnlyList<string> problems))
        {
            return StartupErrors.Report(error, e, problems);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped while still starting (e.g. while the starter core loads): a clean stop, too.
            return ExitCodes.Success;
        }
    }
}
