using System.Text;
using ActorMoo.Net.Telnet.Protocol;
using ActorMoo.Net.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace ActorMoo.Net.Tests.Telnet.Protocol;

public sealed class LineAssemblerTests
{
    private static List<(string Line, bool Truncated)> Lines(int max, params byte[][] chunks)
    {
        var sink = new RecordingLineSink();
        var lines = new LineAssembler(max);
        foreach (byte[] chunk in chunks)
        {
            lines.Append(chunk, sink);
        }

        return sink.Lines;
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Every_usual_line_ending_must_end_exactly_one_line()
    {
        var lines = Lines(100, Bytes("crlf\r\ncrnul\r\0bare cr\rbare lf\nlast\r"), Bytes("\n"));

        Assert.Equal(["crlf", "crnul", "bare cr", "bare lf", "last"], lines.Select(l => l.Line));
    }

    [Fact]
    public void An_empty_line_must_be_delivered()
    {
        Assert.Equal([""], Lines(10, Bytes("\r\n")).Select(l => l.Line));
    }

    [Fact]
    public void Utf8_split_across_reads_must_decode_whole()
    {
        byte[] euro = Bytes("€uro\n");

        Assert.Equal("€uro", Lines(10, euro[..1], euro[1..2], euro[2..]).Single().Line);
    }

    [Fact]
    public void Invalid_utf8_must_become_replacement_characters()
    {
        Assert.Equal("a\uFFFDb", Lines(10, [(byte)'a', 0xC3, (byte)'b', (byte)'\n']).Single().Line);
    }

    [Fact]
    public void Control_characters_must_be_stripped_and_backspace_must_erase()
    {
        Assert.Equal("ab d", Lines(20, Bytes("a\u0000b\u001b\tdx\bz\u007f\n")).Single().Line);
    }

    [Fact]
    public void A_long_line_must_be_cut_and_reported()
    {
        var line = Lines(5, Bytes(new string('x', 100) + "\nnext\n"));

        Assert.Equal([("xxxxx", true), ("next", false)], line);
    }

    [Fact]
    public void Latin1_must_be_used_when_the_client_is_not_utf8()
    {
        var sink = new RecordingLineSink();
        var lines = new LineAssembler(10) { Utf8 = false };

        lines.Append([(byte)'c', 0xE9, (byte)'\n'], sink);

        Assert.Equal("cé", sink.Lines.Single().Line);
    }

    [Fact]
    public void Lines_must_never_contain_control_characters_and_splits_must_not_change_them()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), Arb.From(Gen.Choose(0, 300)), (bytes, split) =>
        {
            bytes ??= [];
            var whole = Lines(50, bytes);
            int at = bytes.Length == 0 ? 0 : split % (bytes.Length + 1);
            var parts = Lines(50, bytes[..at], bytes[at..]);
            return whole.SequenceEqual(parts)
                && whole.All(l => l.Line.Length <= 50 && !l.Line.Any(c => char.IsControl(c)));
        }).QuickCheckThrowOnFailure();
    }
}
