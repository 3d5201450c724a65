using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ActorMoo.Net.Tests.Robustness;

/// <summary>
/// Slow-loris clients: each sends one byte every second or few, forever, and never finishes
/// anything the server could act on — a line that never ends, a subnegotiation that is never
/// closed, telnet commands split between reads. They hold a connection and the server's parser
/// state open as cheaply as an attacker can; the server must not let them block anyone else.
/// </summary>
internal sealed class SlowLorisClients
{
    /// <summary>What the clients dribble, one byte per send, cycling; none contains a line end or IAC SE.</summary>
    /// <remarks>The last one completes a negotiation (IAC WILL/DONT of an unknown option) only every third byte.</remarks>
    private static readonly byte[][] s_patterns =
    [
        Encoding.ASCII.GetBytes("connect wizard wizard-password-that-never-ends"),
        [255, 250, 201, .. Encoding.ASCII.GetBytes("Core.Hello {\"client\":\"loris\",\"version\":\"1\"")],
        [255, 250, 24, 0, .. Encoding.ASCII.GetBytes("XTERM-256COLOR")],
        [255, 251, 200, 255, 254, 200],
    ];

    private readonly List<Task> _clients = [];
    private int _connected;
    private int _closedByServer;

    /// <summary>Clients connected so far.</summary>
    public int Connected => Volatile.Read(ref _connected);

    /// <summary>Clients the server closed (the rest were closed by the test).</summary>
    public int ClosedByServer => Volatile.Read(ref _closedByServer);

    /// <summary>Completes when every client has stopped and closed its connection.</summary>
    public Task Completion => Task.WhenAll(_clients);

    /// <summary>Starts <paramref name="count"/> clients from <paramref name="source"/>, dribbling until <paramref name="stop"/>.</summary>
    public static SlowLorisClients Start(IPEndPoint server, int count, IPAddress source, int seed, CancellationToken stop)
    {
        var clients = new SlowLorisClients();
        for (int i = 0; i < count; i++)
        {
            byte[] pattern = s_patterns[i % s_patterns.Length];
            int clientSeed = seed + i;
            clients._clients.Add(Task.Run(() => clients.RunAsync(server, source, pattern, new Random(clientSeed), stop)));
        }

        return clients;
    }

    private async Task RunAsync(IPEndPoint server, IPAddress source, byte[] pattern, Random random, CancellationToken stop)
    {
        using Socket socket = await Loopback.ConnectAsync(server, source, CancellationToken.None);
        Interlocked.Increment(ref _connected);
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(stop);
        Task<bool> drained = Loopback.DrainAsync(socket, reading.Token);
        try
        {
            for (int i = 0; !stop.IsCancellationRequested && !drained.IsCompleted; i++)
            {
                await socket.SendAsync(pattern.AsMemory(i % pattern.Length, 1), stop);
                await Task.Delay(random.Next(1000, 4000), stop);
            }
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
        }

        if (drained.IsCompleted && await drained)
            Interlocked.Increment(ref _closedByServer);
        await reading.CancelAsync();
        await drained;
    }
}
