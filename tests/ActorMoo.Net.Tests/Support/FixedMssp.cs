using ActorMoo.Net.Telnet.Mssp;

namespace ActorMoo.Net.Tests.Support;

/// <summary>MSSP variables fixed by the test.</summary>
public sealed class FixedMssp(params (string Name, string Value)[] variables) : IMsspSource
{
    public IReadOnlyList<KeyValuePair<string, string>> Variables() => [.. variables.Select(v => KeyValuePair.Create(v.Name, v.Value))];
}
