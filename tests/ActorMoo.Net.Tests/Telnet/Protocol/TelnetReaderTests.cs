using ActorMoo.Net.Telnet.Protocol;
using ActorMoo.Net.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace ActorMoo.Net.Tests.Telnet.Protocol;

public sealed class TelnetReaderTests
{
    private static RecordingTelnetSink Read(params byte[][] chunks)
    {
        var sink = new RecordingTelnetSink();
        var reader = new TelnetReader(64);
        foreach (byte[] chunk in chunks)
        {
            reader.Read(chunk, sink);
        }

        return sink;
    }

    [Fact]
    public void Reader_must_separate_data_negotiations_and_subnegotiations()
    {
        RecordingTelnetSink sink = Read([(byte)'h', 255, 253, 31, (byte)'i', 255, 250, 24, 0, (byte)'X', 255, 240, 255, 241]);

        Assert.Equal(["data:68", "neg:253:31", "data:69", "sb:24:0058", "cmd:241"], sink.Events);
    }

    [Fact]
    public void Iac_iac_in_data_must_become_one_byte_255()
    {
        Assert.Equal([(byte)'a', 255, (byte)'b'], Read([(byte)'a', 255, 255, (byte)'b']).DataBytes);
    }

    [Fact]
    public void Iac_iac_inside_a_subnegotiation_must_become_one_byte_255()
    {
        RecordingTelnetSink sink = Read([255, 250, 31, 0, 255, 255, 0, 24, 255, 240]);

        Assert.Equal([0, 255, 0, 24], sink.Subnegotiations.Single().Payload);
    }

    [Fact]
    public void A_command_split_after_iac_must_be_read_when_the_rest_arrives()
    {
        RecordingTelnetSink sink = Read([(byte)'x', 255], [253], [86]);

        Assert.Equal(["data:78", "neg:253:86"], sink.Events);
    }

    [Fact]
    public void A_truncated_iac_at_the_end_of_the_stream_must_produce_nothing()
    {
        Assert.Equal(["data:61"], Read([(byte)'a', 255]).Events);
    }

    [Fact]
    public void A_subnegotiation_without_se_must_be_dropped_at_the_next_command_which_still_counts()
    {
        RecordingTelnetSink sink = Read([255, 250, 201, (byte)'C', 255, 251, 1, (byte)'o', (byte)'k']);

        Assert.Equal(["dropped:201", "neg:251:1", "data:6F6B"], sink.Events);
    }

    [Fact]
    public void An_oversized_subnegotiation_must_be_dropped_and_the_stream_must_go_on()
    {
        byte[] big = [255, 250, 201, .. Enumerable.Repeat((byte)'x', 1000), 255, 240, (byte)'k'];

        Assert.Equal(["dropped:201", "data:6B"], Read(big).Events);
    }

    [Fact]
    public void Random_byte_streams_must_never_throw_and_split_points_must_not_change_the_result()
    {
        Gen<byte> telnetHeavy = Gen.Frequency((3, Gen.Choose(0, 255).Select(i => (byte)i)), (2, Gen.Elements<byte>(255, 250, 240, 251, 253, 13, 10, 0)));
        Prop.ForAll(Arb.From(telnetHeavy.ArrayOf()), Arb.From(Gen.Choose(0, 500)), (bytes, split) =>
        {
            RecordingTelnetSink whole = Read(bytes);
            int at = bytes.Length == 0 ? 0 : split % (bytes.Length + 1);
            RecordingTelnetSink parts = Read(bytes[..at], bytes[at..]);
            RecordingTelnetSink bytewise = Read([.. bytes.Select(b => new[] { b })]);
            return whole.Events.SequenceEqual(parts.Events) && whole.Events.SequenceEqual(bytewise.Events);
        }).QuickCheckThrowOnFailure();
    }
}
