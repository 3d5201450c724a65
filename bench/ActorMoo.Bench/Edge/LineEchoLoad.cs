using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ActorMoo.Bench.Edge;

/// <summary>
/// Drives an echo server: <c>connections</c> clients each send a window of lines, read the same
/// number of line ends back, and repeat until the time is up. Returns lines echoed per second.
/// A window of 1 is a closed loop, one line in flight per connection, as a player types commands.
/// </summary>
internal static class LineEchoLoad
{
    public static async Task<double> RunAsync(int port, int connections, TimeSpan duration, int window)
    {
        byte[] lines = BuildWindow(window);
        var clients = new List<Socket>();
        for (int i = 0; i < connections; i++)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(IPAddress.Loopback, port);
            clients.Add(socket);
        }

        // Let the telnet edge send its opening negotiation before timing starts.
        await Task.Delay(200);
        long echoed = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async socket =>
        {
            var buffer = new byte[64 * 1024];
            while (clock.Elapsed < duration)
            {
                await socket.SendAsync(lines);
                int pending = window;
                while (pending > 0)
                {
                    int read = await socket.ReceiveAsync(buffer);
                    if (read == 0)
                    {
                        return;
                    }

                    pending -= buffer.AsSpan(0, read).Count((byte)'\n');
                }

                Interlocked.Add(ref echoed, window);
            }
        }));
        double seconds = clock.Elapsed.TotalSeconds;
        foreach (Socket socket in clients)
        {
            socket.Dispose();
        }

        return echoed / seconds;
    }

    private static byte[] BuildWindow(int lines)
    {
        var window = new List<byte>();
        for (int i = 0; i < lines; i++)
        {
            window.AddRange("say the quick brown fox jumps over the lazy dog\r\n"u8.ToArray());
        }

        return [.. window];
    }
}
