using System.CommandLine;
using ActorMoo.Host.Configuration;
using ActorMoo.Host.Node;

namespace ActorMoo.Host.Cli;

/// <summary>
/// <c>actormoo config</c>: reads and validates the configuration exactly as a starting node
/// would, then prints its sources and every effective value (secrets redacted) without
/// starting anything. Exits 78 with the problems when the configuration is invalid.
/// </summary>
internal static class ConfigVerb
{
    /// <summary>Creates the verb.</summary>
    public static Command Create(CliContext cli)
    {
        var command = new Command("config", "Check the configuration and print the effective values (secrets redacted) without starting the node");
        command.SetAction(parseResult => Run(
            cli.CreateConfigurationContext(parseResult),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(ActorMooConfigurationContext context, TextWriter output, TextWriter error)
    {
        try
        {
            using IHost host = NodeHost.CreateBuilder(context).Build();
            NodeHost.ValidateOptions(host.Services);
            var configuration = host.Services.GetRequiredService<IConfiguration>();
            foreach (string source in EffectiveConfiguration.DescribeSources(configuration, context))
            {
                output.WriteLine("# from " + source);
            }

            foreach (string line in EffectiveConfiguration.Render(configuration))
            {
                output.WriteLine(line);
            }

            return ExitCodes.Success;
        }
        catch (Exception e) when (StartupErrors.TryDescribe(e, out IReadOnlyList<string> problems))
        {
            return StartupErrors.Report(error, e, problems);
        }
    }
}
