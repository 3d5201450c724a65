using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ActorMoo.LoadGen.Client;

/// <summary>
/// One telnet player: sends a line and reads until the prompt mark that the session sends once the
/// line is handled, so <see cref="ExecuteAsync"/> is one complete exchange. Commands run one at a
/// time (the session does the same), which makes a connection a closed loop.
/// </summary>
public sealed class MooConnection : IAsyncDisposable
{
    /// <summary>Carries the bytes both ways; null for a connection made over a test's pipe.</summary>
    private readonly Socket? _socket;

    /// <summary>The server's bytes.</summary>
    private readonly PipeReader _input;

    /// <summary>The client's lines and negotiation answers.</summary>
    private readonly PipeWriter _output;

    /// <summary>Turns the server's bytes into responses; holds state across reads.</summary>
    private readonly TelnetResponseReader _responses = new();

    /// <summary>Negotiation refusals collected while reading, flushed before the next line is sent.</summary>
    private readonly ArrayBufferWriter<byte> _replies = new(64);

    /// <summary>Creates a connection over an established duplex byte stream.</summary>
    /// <param name="input">The server's bytes.</param>
    /// <param name="output">Where the client's bytes go.</param>
    public MooConnection(PipeReader input, PipeWriter output)
        : this(input, output, socket: null)
    {
    }

    private MooConnection(PipeReader input, PipeWriter output, Socket? socket)
    {
        _input = input;
        _output = output;
        _socket = socket;
    }

    /// <summary>
    /// Opens a TCP connection. <paramref name="source"/> picks the local address, so that load
    /// spread over several loopback addresses (127.0.0.2, …) stays under the server's
    /// per-address connection limit.
    /// </summary>
    public static async Task<MooConnection> OpenAsync(IPEndPoint server, IPAddress? source, CancellationToken cancellationToken)
    {
        var socket = new Socket(server.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            if (source is not null)
            {
                socket.Bind(new IPEndPoint(source, 0));
            }

            await socket.ConnectAsync(server, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var stream = new NetworkStream(socket, ownsSocket: false);
        return new MooConnection(PipeReader.Create(stream), PipeWriter.Create(stream), socket);
    }

    /// <summary>Reads the login screen, up to its prompt.</summary>
    public Task<string> ReadGreetingAsync(CancellationToken cancellationToken) => ReadResponseAsync(cancellationToken);

    /// <summary>
    /// Logs in as <paramref name="name"/>, creating the player on the first run against a world.
    /// <c>create</c> comes first because a refused <c>create</c> (the name is taken) is free, while
    /// every refused <c>connect</c> counts towards the node's failed-login throttle per address:
    /// connect-then-create would lock a fresh run of many players out after three of them.
    /// </summary>
    /// <exception cref="LoadClientException">Neither <c>create</c> nor <c>connect</c> worked.</exception>
    public async Task LogInAsync(string name, string password, CancellationToken cancellationToken)
    {
        string created = await ExecuteAsync($"create {name} {password}", cancellationToken).ConfigureAwait(false);
        if (created.Contains("*** Created ***", StringComparison.Ordinal))
            return;
        string connected = await ExecuteAsync($"connect {name} {password}", cancellationToken).ConfigureAwait(false);
        if (!connected.Contains("*** Connected", StringComparison.Ordinal))
        {
            throw new LoadClientException($"could not log in as {name}: {FirstLine(created)} / {FirstLine(connected)}");
        }
    }

    /// <summary>Sends one line and returns everything the server wrote until its next prompt.</summary>
    /// <exception cref="LoadClientException">The server closed the connection first.</exception>
    public async Task<string> ExecuteAsync(string line, CancellationToken cancellationToken)
    {
        Write(_replies.WrittenSpan);
        _replies.ResetWrittenCount();
        await SendAsync(line, cancellationToken).ConfigureAwait(false);
        return await ReadResponseAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Waits for output and returns what has arrived: up to and excluding the next prompt mark when
    /// one is among it, otherwise all of it (a UTF-8 sequence split across reads may come out as a
    /// replacement character). For a player that only listens to others, whose lines no prompt follows.
    /// </summary>
    /// <exception cref="LoadClientException">The server closed the connection.</exception>
    public async Task<string> ReadOutputAsync(CancellationToken cancellationToken)
    {
        ReadResult result = await _input.ReadAsync(cancellationToken).ConfigureAwait(false);
        ReadOnlySequence<byte> buffer = result.Buffer;
        bool complete = _responses.TryReadResponse(ref buffer, _replies, out string response);
        _input.AdvanceTo(buffer.Start);
        if (complete)
            return response;
        if (result.IsCompleted)
            throw new LoadClientException("the server closed the connection");
        return _responses.TakePartial();
    }

    /// <summary>Sends one line without waiting for an answer (<c>QUIT</c> gets none).</summary>
    public async Task SendAsync(string line, CancellationToken cancellationToken)
    {
        Write(Encoding.UTF8.GetBytes(line + "\r\n"));
        await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _output.CompleteAsync().ConfigureAwait(false);
        await _input.CompleteAsync().ConfigureAwait(false);
        _socket?.Dispose();
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.IsEmpty)
        {
            _output.Write(bytes);
        }
    }

    private async Task<string> ReadResponseAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            ReadResult result = await _input.ReadAsync(cancellationToken).ConfigureAwait(false);
            ReadOnlySequence<byte> buffer = result.Buffer;
            bool complete = _responses.TryReadResponse(ref buffer, _replies, out string response);
            // Only what was parsed is consumed: bytes after a prompt mark may already hold the next response.
            _input.AdvanceTo(buffer.Start);
            if (complete)
                return response;
            if (result.IsCompleted)
                throw new LoadClientException("the server closed the connection");
        }
    }

    private static string FirstLine(string text) => text.Trim().Split('\n')[0].Trim();
}
