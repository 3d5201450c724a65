using System.Net;
using System.Net.Sockets;

namespace ActorMoo.Net.Tests.Robustness;

/// <summary>
/// Clients that send random bytes until stopped: half the chunks uniformly random, half drawn from
/// the bytes a telnet parser cares about (IAC, SB, SE, WILL…DONT, option codes, CR, LF, NUL), so
/// negotiations, subnegotiations, truncated commands and junk lines all reach the server in every
/// order and split across reads. They read (and discard) whatever the server answers, so that they
/// are hostile, not slow; the server may close them, or the test does when it stops them.
/// </summary>
internal sealed class RandomByteClients
{
    private static readonly byte[] s_telnetAlphabet = [255, 255, 255, 250, 240, 251, 252, 253, 254, 1, 3, 24, 31, 39, 42, 69, 70, 86, 201, 13, 10, 0, (byte)'a', (byte)' '];

    private readonly List<Task> _clients = [];
    private int _connected;
    private int _closedByServer;
    private long _bytesSent;

    /// <summary>Clients connected so far.</summary>
    public int Connected => Volatile.Read(ref _connected);

    /// <summary>Clients the server closed (the rest were closed by the test).</summary>
    public int ClosedByServer => Volatile.Read(ref _closedByServer);

    /// <summary>Random bytes sent by all clients.</summary>
    public long BytesSent => Interlocked.Read(ref _bytesSent);

    /// <summary>Completes when every client has stopped and closed its connection.</summary>
    public Task Completion => Task.WhenAll(_clients);

    /// <summary>Starts <paramref name="count"/> clients spread over <paramref name="sources"/>, sending until <paramref name="stop"/>.</summary>
    public static RandomByteClients Start(IPEndPoint server, int count, IReadOnlyList<IPAddress> sources, int seed, CancellationToken stop)
    {
        var clients = new RandomByteClients();
        for (int i = 0; i < count; i++)
        {
            IPAddress source = sources[i % sources.Count];
            int clientSeed = seed + i;
            clients._clients.Add(Task.Run(() => clients.RunAsync(server, source, new Random(clientSeed), stop)));
        }

        return clients;
    }

    private async Task RunAsync(IPEndPoint server, IPAddress source, Random random, CancellationToken stop)
    {
        using Socket socket = await Loopback.ConnectAsync(server, source, CancellationToken.None);
        Interlocked.Increment(ref _connected);
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(stop);
        Task<bool> drained = Loopback.DrainAsync(socket, reading.Token);
        try
        {
            while (!stop.IsCancellationRequested && !drained.IsCompleted)
            {
                byte[] chunk = NextChunk(random);
                await socket.SendAsync(chunk, stop);
                Interlocked.Add(ref _bytesSent, chunk.Length);
                await Task.Delay(random.Next(50, 500), stop);
            }
        }
        catch (SocketException)
        {
            // The server closed the connection while we were sending: counted below.
        }
        catch (OperationCanceledException)
        {
        }

        if (drained.IsCompleted && await drained)
            Interlocked.Increment(ref _closedByServer);
        await reading.CancelAsync();
        await drained;
    }

    private static byte[] NextChunk(Random random)
    {
        if (random.Next(2) == 0)
        {
            var bytes = new byte[random.Next(1, 512)];
            random.NextBytes(bytes);
            return bytes;
        }

        var telnet = new byte[random.Next(1, 48)];
        for (int i = 0; i < telnet.Length; i++)
            telnet[i] = s_telnetAlphabet[random.Next(s_telnetAlphabet.Length)];
        return telnet;
    }
}
