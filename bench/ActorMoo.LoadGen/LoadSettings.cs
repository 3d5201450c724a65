using System.Net;
using ActorMoo.LoadGen.Workload;

namespace ActorMoo.LoadGen;

/// <summary>What one load run does, as given on the command line.</summary>
/// <param name="Server">The telnet endpoint (loopback only).</param>
/// <param name="Connections">How many players connect at once.</param>
/// <param name="Duration">How long commands are measured, after the warm-up.</param>
/// <param name="Warmup">How long commands run unmeasured first (JIT, caches, activation).</param>
/// <param name="Ramp">Delay between opening one connection and the next, so logins do not arrive at once.</param>
/// <param name="Mix">Which commands are typed, with what weights.</param>
/// <param name="Prefix">Players are named <c>{Prefix}{index}</c>.</param>
/// <param name="Password">Every player's password.</param>
/// <param name="PerAddress">When positive, connections come from 127.0.0.2, 127.0.0.3, … this many per address.</param>
/// <param name="Timeout">How long one command may take before its connection counts an error and stops.</param>
public sealed record LoadSettings(
    IPEndPoint Server,
    int Connections,
    TimeSpan Duration,
    TimeSpan Warmup,
    TimeSpan Ramp,
    CommandMix Mix,
    string Prefix,
    string Password,
    int PerAddress,
    TimeSpan Timeout)
{
    /// <summary>The local address connection <paramref name="index"/> binds, or null for the system's choice.</summary>
    public IPAddress? SourceFor(int index) =>
        PerAddress > 0 ? new IPAddress([127, 0, 0, (byte)(2 + index / PerAddress)]) : null;
}
