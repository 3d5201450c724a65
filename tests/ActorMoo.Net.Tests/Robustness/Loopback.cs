using System.Net;
using System.Net.Sockets;

namespace ActorMoo.Net.Tests.Robustness;

/// <summary>
/// Loopback source addresses: on Linux all of 127.0.0.0/8 reaches the loopback interface, so
/// clients bound to 127.0.0.2, 127.0.0.3, … look to the server like different machines — which
/// is how the storm stays under, and tests, the per-address connection limit.
/// </summary>
internal static class Loopback
{
    /// <summary>127.0.0.<paramref name="lastByte"/>.</summary>
    public static IPAddress Address(int lastByte) => new([127, 0, 0, checked((byte)lastByte)]);

    /// <summary>Opens a TCP connection to <paramref name="server"/> from <paramref name="source"/>.</summary>
    public static async Task<Socket> ConnectAsync(IPEndPoint server, IPAddress source, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Bind(new IPEndPoint(source, 0));
            await socket.ConnectAsync(server, cancellationToken);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Reads and discards until the server closes the connection (or it fails); true when the server closed it.</summary>
    public static async Task<bool> DrainAsync(Socket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        try
        {
            while (await socket.ReceiveAsync(buffer, cancellationToken) > 0)
            {
            }

            return true;
        }
        catch (SocketException)
        {
            return true;
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            return false;
        }
    }
}
