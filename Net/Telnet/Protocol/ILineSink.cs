namespace ActorMoo.Net.Telnet.Protocol;

/// <summary>Receives the lines <see cref="LineAssembler"/> completes.</summary>
public interface ILineSink
{
    /// <summary>A complete line: decoded, without control characters, at most the maximum length.</summary>
    /// <param name="line">The line without its ending (may be empty: the player pressed enter).</param>
    /// <param name="truncated">True when the player typed more than the maximum and the rest was cut off.</param>
    void Line(string line, bool truncated);
}
