using ActorMoo.Host.Cli;

namespace ActorMoo.Host;

/// <summary>The <c>actormoo</c> executable.</summary>
public static class Program
{
    /// <summary>Runs the command line: no verb runs a single node; <c>actormoo --help</c> lists the verbs.</summary>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public static Task<int> Main(string[] args) => ActorMooCommandLine.InvokeAsync(args);
}
