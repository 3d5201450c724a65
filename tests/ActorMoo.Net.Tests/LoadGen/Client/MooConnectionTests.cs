using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using ActorMoo.LoadGen.Client;
using ActorMoo.Net.Tests.Support;

namespace ActorMoo.Net.Tests.LoadGen.Client;

public class MooConnectionTests
{
    private static readonly byte[] s_ga = [T.Iac, T.Ga];

    /// <summary>Plays the node over in-memory pipes: a greeting offering EOR, then one answer per line.</summary>
    private sealed class FakeNode
    {
        private readonly Pipe _toClient = new();
        private readonly Pipe _toNode = new();

        public FakeNode(Func<string, string> answer) => Served = ServeAsync(answer);

        public MooConnection Connect() => new(_toClient.Reader, _toNode.Writer);

        /// <summary>Every line the client sent, raw (negotiation answers included), once the client closes.</summary>
        public Task<List<byte[]>> Served { get; }

        private async Task<List<byte[]>> ServeAsync(Func<string, string> answer)
        {
            await Reply([.. T.Neg(T.Will, 25), .. Encoding.UTF8.GetBytes("Welcome to the test world.\r\n"), .. s_ga]);
            var received = new List<byte[]>();
            while (true)
            {
                ReadResult result = await _toNode.Reader.ReadAsync();
                ReadOnlySequence<byte> buffer = result.Buffer;
                while (buffer.PositionOf((byte)'\n') is SequencePosition end)
                {
                    var next = buffer.GetPosition(1, end);
                    byte[] line = buffer.Slice(0, next).ToArray();
                    buffer = buffer.Slice(next);
                    received.Add(line);
                    await Reply([.. Encoding.UTF8.GetBytes(answer(TextOf(line)) + "\r\n"), .. s_ga]);
                }

                _toNode.Reader.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted)
                    return received;
            }
        }

        /// <summary>The line's text, without the three-byte negotiations sent before it and without its line end.</summary>
        private static string TextOf(byte[] line)
        {
            int start = 0;
            while (start < line.Length && line[start] == T.Iac)
            {
                start += 3;
            }

            return Encoding.UTF8.GetString(line.AsSpan(start)).TrimEnd();
        }

        private async Task Reply(byte[] bytes) => await _toClient.Writer.WriteAsync(bytes);
    }

    [Fact]
    public async Task Connection_must_connect_when_create_finds_the_name_taken_so_no_login_fails()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var node = new FakeNode(line => line switch
        {
            "create Load0 pw" => "That name is already taken; please choose another.",
            "connect Load0 pw" => "*** Connected ***",
            "look" => "The Lobby",
            _ => "I don't understand that.",
        });

        var connection = node.Connect();
        Assert.Equal("Welcome to the test world.\r\n", await connection.ReadGreetingAsync(timeout.Token));
        await connection.LogInAsync("Load0", "pw", timeout.Token);
        string look = await connection.ExecuteAsync("look", timeout.Token);
        await connection.DisposeAsync();
        var lines = await node.Served;

        Assert.Equal("The Lobby\r\n", look);
        Assert.Equal([.. T.Neg(T.Dont, 25), .. Encoding.UTF8.GetBytes("create Load0 pw\r\n")], lines[0]);
        Assert.Equal(["connect Load0 pw\r\n", "look\r\n"], lines.Skip(1).Select(l => Encoding.UTF8.GetString(l)));
    }

    [Fact]
    public async Task Connection_must_read_output_nobody_asked_for_and_stop_at_a_prompt_mark()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var toClient = new Pipe();
        var connection = new MooConnection(toClient.Reader, new Pipe().Writer);

        await toClient.Writer.WriteAsync(Encoding.UTF8.GetBytes("Ann says, \"hi\"\r\n"));
        string unprompted = await connection.ReadOutputAsync(timeout.Token);
        byte[] answerThenMore = [.. Encoding.UTF8.GetBytes("You say, \"yo\"\r\n"), .. s_ga, .. Encoding.UTF8.GetBytes("Bob")];
        await toClient.Writer.WriteAsync(answerThenMore);
        string prompted = await connection.ReadOutputAsync(timeout.Token);
        string after = await connection.ReadOutputAsync(timeout.Token);

        Assert.Equal("Ann says, \"hi\"\r\n", unprompted);
        Assert.Equal("You say, \"yo\"\r\n", prompted);
        Assert.Equal("Bob", after);
    }

    [Fact]
    public async Task Connection_must_not_try_connect_after_creating_the_player()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var node = new FakeNode(line => line == "create Load0 pw" ? "*** Created ***" : "I don't understand that.");

        var connection = node.Connect();
        await connection.ReadGreetingAsync(timeout.Token);
        await connection.LogInAsync("Load0", "pw", timeout.Token);
        await connection.DisposeAsync();
        var lines = await node.Served;

        Assert.Single(lines);
    }

    [Fact]
    public async Task Connection_must_report_a_login_that_neither_connect_nor_create_allows()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var node = new FakeNode(_ => "That name is taken.");

        var connection = node.Connect();
        await connection.ReadGreetingAsync(timeout.Token);
        var error = await Assert.ThrowsAsync<LoadClientException>(() => connection.LogInAsync("Load0", "pw", timeout.Token));
        await connection.DisposeAsync();

        Assert.Contains("That name is taken.", error.Message, StringComparison.Ordinal);
    }
}
