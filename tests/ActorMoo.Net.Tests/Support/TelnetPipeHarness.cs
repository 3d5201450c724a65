using System.IO.Compression;
using System.IO.Pipelines;
using System.Text;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Edge;
using ActorMoo.Net.Telnet;
using ActorMoo.Net.Telnet.Mssp;
using ActorMoo.Net.Telnet.Protocol;
using ActorMoo.Runtime.Core;
using ActorMoo.TestKit;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Net.Tests.Support;

/// <summary>
/// Runs one <see cref="TelnetConnection"/> over in-memory pipes with a probe as the session region:
/// the test plays the client, writing bytes and reading what the server sent (decompressed after
/// an MCCP2 start, and parsed with the edge's own reader into a <see cref="RecordingTelnetSink"/>).
/// </summary>
public sealed class TelnetPipeHarness : IAsyncDisposable
{
    private static readonly byte[] s_mccpStart = [255, 250, 86, 255, 240];

    private readonly Pipe _toServer = new();
    private readonly Pipe _toClient;
    private readonly List<byte> _received = [];
    private readonly Task _pump;

    public TelnetPipeHarness(ActorTestKit kit, TelnetServerOptions? options = null, IMsspSource? mssp = null, TimeProvider? time = null, PipeOptions? clientPipe = null)
    {
        Sessions = kit.CreateTestProbe("sessions");
        Options = options ?? new TelnetServerOptions();
        _toClient = new Pipe(clientPipe ?? PipeOptions.Default);
        Connection = new TelnetConnection(
            "telnet-test", new ConnectionInfo("telnet", "127.0.0.1"), Options, new SessionEndpoint(kit.Sys, Sessions.Ref),
            mssp ?? new FixedMssp(("NAME", "Test World")), time ?? TimeProvider.System, kit.Logs.CreateLogger("telnet"));
        Run = Connection.RunAsync(new DuplexPipe(_toServer.Reader, _toClient.Writer));
        _pump = clientPipe is null ? PumpAsync() : Task.CompletedTask;
    }

    public TestProbe Sessions { get; }

    public TelnetServerOptions Options { get; }

    public TelnetConnection Connection { get; }

    /// <summary>The connection's run; completes when it closed.</summary>
    public Task Run { get; }

    /// <summary>The raw server → client pipe (tests that must not read it, e.g. a slow client).</summary>
    public PipeReader ServerOutput => _toClient.Reader;

    /// <summary>The client actor, from the <see cref="OpenSession"/> the connection sent.</summary>
    public IActorRef Client { get; private set; } = null!;

    /// <summary>Waits for the session to be opened; returns the message.</summary>
    public async Task<OpenSession> OpenedAsync()
    {
        OpenSession open = await Sessions.ExpectMsgAsync<OpenSession>();
        Client = open.Client;
        return open;
    }

    public async Task SendAsync(params byte[] bytes) => await _toServer.Writer.WriteAsync(bytes);

    public Task SendLineAsync(string line) => SendAsync(Encoding.UTF8.GetBytes(line + "\r\n"));

    /// <summary>
    /// Returns once the connection's reader has handled everything sent so far: a line is sent and
    /// its <c>Input</c> awaited (the reader handles bytes in order). Use it before telling the
    /// client actor something that depends on a negotiation the test just sent, since the
    /// session's output and the client's bytes travel different paths.
    /// </summary>
    public async Task SyncInputAsync()
    {
        await SendLineAsync("sync");
        await Sessions.FishForMessageAsync<Input>(input => input.Line == "sync");
    }

    /// <summary>The client hangs up.</summary>
    public Task HangUpAsync() => _toServer.Writer.CompleteAsync().AsTask();

    /// <summary>Everything received so far, decompressed and parsed.</summary>
    public RecordingTelnetSink Received()
    {
        byte[] all;
        lock (_received)
        {
            all = [.. _received];
        }

        var sink = new RecordingTelnetSink();
        var reader = new TelnetReader(1 << 20);
        int start = all.AsSpan().IndexOf(s_mccpStart);
        reader.Read(start < 0 ? all : all.AsSpan(0, start + s_mccpStart.Length), sink);
        if (start >= 0)
        {
            reader.Read(Inflate(all.AsSpan(start + s_mccpStart.Length)), sink);
        }

        return sink;
    }

    /// <summary>Waits until what the server sent satisfies <paramref name="condition"/>.</summary>
    public async Task<RecordingTelnetSink> WaitForAsync(Func<RecordingTelnetSink, bool> condition, string what)
    {
        DateTime deadline = DateTime.UtcNow + TestKitDefaults.ExpectTimeout;
        while (true)
        {
            RecordingTelnetSink received = Received();
            if (condition(received))
            {
                return received;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The server never sent {what}. Received events: {string.Join(" ", received.Events)}; text: {received.Text}");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Waits for <paramref name="text"/> in the data the server sent.</summary>
    public Task<RecordingTelnetSink> WaitForTextAsync(string text) => WaitForAsync(r => r.Text.Contains(text, StringComparison.Ordinal), $"the text '{text}'");

    /// <summary>Waits for <c>IAC verb option</c> from the server.</summary>
    public Task<RecordingTelnetSink> WaitForNegotiationAsync(byte verb, byte option) =>
        WaitForAsync(r => r.Negotiations.Contains((verb, option)), $"{TelnetCommand.Name(verb)} {option}");

    /// <summary>Waits for a subnegotiation of <paramref name="option"/> matching <paramref name="payload"/>.</summary>
    public async Task<byte[]> WaitForSubnegotiationAsync(byte option, Func<byte[], bool> payload, string what)
    {
        RecordingTelnetSink received = await WaitForAsync(r => r.Subnegotiations.Any(s => s.Option == option && payload(s.Payload)), what);
        return received.Subnegotiations.First(s => s.Option == option && payload(s.Payload)).Payload;
    }

    public async ValueTask DisposeAsync()
    {
        Connection.Close("test over");
        await _toServer.Writer.CompleteAsync();
        await Run.WaitAsync(TestKitDefaults.ExpectTimeout);
        await _pump.WaitAsync(TestKitDefaults.ExpectTimeout);
    }

    /// <summary>Raw bytes received so far.</summary>
    public byte[] RawReceived()
    {
        lock (_received)
        {
            return [.. _received];
        }
    }

    private static byte[] Inflate(ReadOnlySpan<byte> compressed)
    {
        using var input = new MemoryStream(compressed.ToArray());
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            // A stream cut at a flush point can end mid-block for the reader; what came before stands.
        }

        return output.ToArray();
    }

    private async Task PumpAsync()
    {
        while (true)
        {
            ReadResult result = await _toClient.Reader.ReadAsync();
            lock (_received)
            {
                foreach (ReadOnlyMemory<byte> segment in result.Buffer)
                {
                    _received.AddRange(segment.Span.ToArray());
                }
            }

            _toClient.Reader.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                await _toClient.Reader.CompleteAsync();
                return;
            }
        }
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}
