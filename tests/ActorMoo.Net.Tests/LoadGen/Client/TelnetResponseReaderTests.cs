using System.Buffers;
using System.Text;
using ActorMoo.LoadGen.Client;
using ActorMoo.Net.Tests.Support;

namespace ActorMoo.Net.Tests.LoadGen.Client;

public class TelnetResponseReaderTests
{
    private static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Feeds <paramref name="chunks"/> one read at a time; returns every response and all replies.</summary>
    private static (List<string> Responses, byte[] Replies) Feed(params byte[][] chunks)
    {
        var reader = new TelnetResponseReader();
        var replies = new ArrayBufferWriter<byte>();
        var responses = new List<string>();
        foreach (byte[] chunk in chunks)
        {
            var buffer = new ReadOnlySequence<byte>(chunk);
            while (reader.TryReadResponse(ref buffer, replies, out string response))
            {
                responses.Add(response);
            }

            Assert.True(buffer.IsEmpty);
        }

        return (responses, replies.WrittenSpan.ToArray());
    }

    [Fact]
    public void Reader_must_end_a_response_at_GA_and_at_EOR()
    {
        var (responses, _) = Feed([.. Text("You see a lamp.\r\n"), T.Iac, T.Ga, .. Text("Inventory: nothing.\r\n"), T.Iac, T.Eor]);

        Assert.Equal(["You see a lamp.\r\n", "Inventory: nothing.\r\n"], responses);
    }

    [Fact]
    public void Reader_must_hand_over_unprompted_text_once_and_start_the_next_response_afresh()
    {
        var reader = new TelnetResponseReader();
        var replies = new ArrayBufferWriter<byte>();
        var buffer = new ReadOnlySequence<byte>([.. Text("Ann says, \"hi\"\r\n"), T.Iac, T.Will, 25, .. Text("Bob says")]);

        Assert.False(reader.TryReadResponse(ref buffer, replies, out _));
        string partial = reader.TakePartial();
        var rest = new ReadOnlySequence<byte>([.. Text(", \"yo\"\r\n"), T.Iac, T.Ga]);
        Assert.True(reader.TryReadResponse(ref rest, replies, out string response));

        Assert.Equal("Ann says, \"hi\"\r\nBob says", partial);
        Assert.Equal(", \"yo\"\r\n", response);
    }

    [Fact]
    public void Reader_must_not_end_a_response_without_a_prompt_mark()
    {
        var (responses, _) = Feed(Text("Alice says, \"hi\"\r\n"));

        Assert.Empty(responses);
    }

    [Fact]
    public void Reader_must_remove_negotiations_and_subnegotiations_from_the_text()
    {
        var (responses, _) = Feed([.. Text("Wel"), .. T.Neg(T.Will, 25), .. Text("come"), .. T.Sub(201, "Core.Ping {}"), .. Text("!"), T.Iac, T.Ga]);

        Assert.Equal(["Welcome!"], responses);
    }

    [Fact]
    public void Reader_must_refuse_offers_and_requests_once_and_leave_refusals_unanswered()
    {
        var (_, replies) = Feed([.. T.Neg(T.Will, 1), .. T.Neg(T.Do, 31), .. T.Neg(T.Wont, 1), .. T.Neg(T.Dont, 24)]);

        Assert.Equal([.. T.Neg(T.Dont, 1), .. T.Neg(T.Wont, 31)], replies);
    }

    [Fact]
    public void Reader_must_keep_a_doubled_IAC_as_one_data_byte_even_inside_a_subnegotiation()
    {
        var (responses, _) = Feed([(byte)'a', T.Iac, T.Iac, (byte)'b', T.Iac, T.Sb, 201, T.Iac, T.Iac, T.Iac, T.Se, (byte)'c', T.Iac, T.Ga]);

        Assert.Equal([Encoding.UTF8.GetString([(byte)'a', 255, (byte)'b', (byte)'c'])], responses);
    }

    [Fact]
    public void Reader_must_parse_the_same_when_every_byte_arrives_in_its_own_read()
    {
        byte[] stream = [.. T.Neg(T.Do, 24), .. Text("Hé"), .. T.Sub(24, 1), .. Text("llo"), T.Iac, T.Eor, .. Text("two"), T.Iac, T.Ga];

        var whole = Feed(stream);
        var split = Feed([.. stream.Select(b => new[] { b })]);

        Assert.Equal(["Héllo", "two"], whole.Responses);
        Assert.Equal(whole.Responses, split.Responses);
        Assert.Equal(whole.Replies, split.Replies);
    }

    [Fact]
    public void Reader_must_leave_the_bytes_after_a_prompt_mark_for_the_next_response()
    {
        var reader = new TelnetResponseReader();
        var buffer = new ReadOnlySequence<byte>([.. Text("one"), T.Iac, T.Ga, .. Text("two")]);

        Assert.True(reader.TryReadResponse(ref buffer, new ArrayBufferWriter<byte>(), out string first));

        Assert.Equal("one", first);
        Assert.Equal(Text("two"), buffer.ToArray());
    }
}
