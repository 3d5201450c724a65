using ActorMoo.Net.Telnet.Protocol;

namespace ActorMoo.Net.Tests.Support;

/// <summary>Records the lines a <see cref="LineAssembler"/> delivers.</summary>
public sealed class RecordingLineSink : ILineSink
{
    public List<(string Line, bool Truncated)> Lines { get; } = [];

    public void Line(string line, bool truncated) => Lines.Add((line, truncated));
}
