using System.CommandLine;
using System.CommandLine.Parsing;
using System.Net;
using ActorMoo.LoadGen.Workload;

namespace ActorMoo.LoadGen;

/// <summary>The command line: options with their defaults, validation, and the action that runs the load.</summary>
public static class LoadGenCommand
{
    /// <summary>Builds the root command.</summary>
    public static RootCommand Create()
    {
        var host = new Option<string>("--host") { Description = "Telnet address of the node (loopback only).", DefaultValueFactory = _ => "127.0.0.1" };
        host.Validators.Add(r =>
        {
            string text = r.GetValueOrDefault<string>();
            if (!IPAddress.TryParse(text, out var address) || !IPAddress.IsLoopback(address))
                r.AddError($"--host must be a loopback address (127.0.0.1 or ::1), not '{text}'.");
        });
        var port = new Option<int>("--port") { Description = "Telnet port of the node.", DefaultValueFactory = _ => 7777 };
        port.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 65535) r.AddError("--port must be 1 to 65535."); });
        var connections = new Option<int>("--connections", "-c")
        {
            Description = "Players connected at once. The node allows max-connections-per-address (default 10) from one address: see --per-address.",
            DefaultValueFactory = _ => 10,
        };
        connections.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 10_000) r.AddError("--connections must be 1 to 10000."); });
        var duration = DurationOption("--duration", "How long commands are measured, e.g. 30s, 2m, 500ms.", TimeSpan.FromSeconds(30));
        var warmup = DurationOption("--warmup", "Unmeasured commands before the measured window.", TimeSpan.FromSeconds(3));
        var ramp = DurationOption("--ramp", "Pause between opening one connection and the next.", TimeSpan.FromMilliseconds(20));
        var timeout = DurationOption("--timeout", "Longest wait for one prompt before the connection counts as an error.", TimeSpan.FromSeconds(30));
        var mix = new Option<CommandMix>("--mix")
        {
            Description = "Command weights: look, inventory, say, move (north/south), getdrop (get/drop lamp).",
            DefaultValueFactory = _ => Parse(CommandMix.Default),
            CustomParser = r => CommandMix.TryParse(r.Tokens[0].Value, out var parsed, out string error) ? parsed : Error<CommandMix>(r, $"--mix: {error}."),
        };
        var prefix = new Option<string>("--prefix") { Description = "Players are named <prefix><n>; created when they do not exist.", DefaultValueFactory = _ => "Load" };
        var password = new Option<string>("--password") { Description = "Every player's password.", DefaultValueFactory = _ => "loadtest-pw" };
        var perAddress = new Option<int>("--per-address")
        {
            Description = "Open at most this many connections per source address, from 127.0.0.2, 127.0.0.3, … (0: all from the system's choice).",
            DefaultValueFactory = _ => 0,
        };
        perAddress.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) r.AddError("--per-address must be 0 or more."); });

        var root = new RootCommand("Plays many telnet players against a running ActorMoo node and prints throughput and latency as one JSON line.")
        {
            host, port, connections, duration, warmup, ramp, timeout, mix, prefix, password, perAddress,
        };
        root.Validators.Add(r =>
        {
            int per = r.GetValue(perAddress);
            if (per > 0 && (r.GetValue(connections) + per - 1) / per > 250)
                r.AddError("--per-address is too small: the connections would need more than 250 loopback addresses.");
        });
        root.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new LoadSettings(
                new IPEndPoint(IPAddress.Parse(parse.GetValue(host)!), parse.GetValue(port)),
                parse.GetValue(connections), parse.GetValue(duration), parse.GetValue(warmup), parse.GetValue(ramp),
                parse.GetValue(mix)!, parse.GetValue(prefix)!, parse.GetValue(password)!, parse.GetValue(perAddress), parse.GetValue(timeout));
            var report = await new LoadRun(settings, Console.Error).RunAsync(cancellationToken).ConfigureAwait(false);
            Console.Out.WriteLine(report.ToJsonLine());
            return report.Errors == 0 && report.Connections > 0 ? 0 : 1;
        });
        return root;
    }

    private static Option<TimeSpan> DurationOption(string name, string description, TimeSpan fallback) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => fallback,
        CustomParser = r => DurationParser.TryParse(r.Tokens[0].Value, out var value)
            ? value
            : Error<TimeSpan>(r, $"{name}: '{r.Tokens[0].Value}' is not a duration such as 30s, 2m or 500ms."),
    };

    private static T? Error<T>(ArgumentResult result, string message)
    {
        result.AddError(message);
        return default;
    }

    private static CommandMix Parse(string text) =>
        CommandMix.TryParse(text, out var mix, out string error) ? mix! : throw new InvalidOperationException(error);
}
