namespace ActorMoo.Net.Telnet;

/// <summary>Instructions for the writer loop that travel in the outbound queue, so they take effect exactly between the bytes queued before and after them.</summary>
internal sealed class OutboundControl
{
    private OutboundControl(string name) => Name = name;

    /// <summary>Write <c>IAC SB MCCP2 IAC SE</c>, then compress everything after it.</summary>
    public static OutboundControl StartCompression { get; } = new("start compression");

    /// <summary>End the zlib stream; later output is plain.</summary>
    public static OutboundControl StopCompression { get; } = new("stop compression");

    /// <summary>For logs.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
