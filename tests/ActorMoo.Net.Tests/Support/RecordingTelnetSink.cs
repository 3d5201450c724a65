using System.Text;
using ActorMoo.Net.Telnet.Protocol;

namespace ActorMoo.Net.Tests.Support;

/// <summary>Records what a <see cref="TelnetReader"/> reports, as a comparable list of events.</summary>
public sealed class RecordingTelnetSink : ITelnetReaderSink
{
    public List<string> Events { get; } = [];

    public List<byte> DataBytes { get; } = [];

    public List<(byte Verb, byte Option)> Negotiations { get; } = [];

    public List<(byte Option, byte[] Payload)> Subnegotiations { get; } = [];

    public string Text => Encoding.UTF8.GetString([.. DataBytes]);

    public void Data(ReadOnlySpan<byte> data)
    {
        DataBytes.AddRange(data.ToArray());

        // Consecutive data is one event however it was split, so that split points compare equal.
        if (Events.Count > 0 && Events[^1].StartsWith("data:", StringComparison.Ordinal))
        {
            Events[^1] += Convert.ToHexString(data);
        }
        else
        {
            Events.Add("data:" + Convert.ToHexString(data));
        }
    }

    public void Command(byte command) => Events.Add($"cmd:{command}");

    public void Negotiation(byte verb, byte option)
    {
        Negotiations.Add((verb, option));
        Events.Add($"neg:{verb}:{option}");
    }

    public void Subnegotiation(byte option, ReadOnlySpan<byte> payload)
    {
        Subnegotiations.Add((option, payload.ToArray()));
        Events.Add($"sb:{option}:{Convert.ToHexString(payload)}");
    }

    public void SubnegotiationDropped(byte option, string reason) => Events.Add($"dropped:{option}");
}
