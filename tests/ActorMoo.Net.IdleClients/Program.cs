using System.Globalization;
using System.Net;
using System.Net.Sockets;

// The child process of the telnet edge's robustness test (tests/ActorMoo.Net.Tests/Robustness):
// opens <addresses> × <per-address> TCP connections to <server>:<port>, from the loopback source
// addresses <first-source>, <first-source>+1, …, prints "HELD <n>" once all are open, then sends
// and reads nothing — idle clients — until its standard input closes, when it closes them all,
// prints "CLOSED" and exits. A connection that cannot be opened prints "FAILED <why>" and exits 1.
//
// It is a separate process because one process cannot hold both ends of 10,000 loopback
// connections: the file-descriptor hard limit (20,000 on the CI machine) counts every socket, and
// an unprivileged test cannot raise it. The .NET runtime raises this process's soft limit to the
// hard limit at start, as it does for the test process.
//
//   ActorMoo.Net.IdleClients <server> <port> <first-source> <addresses> <per-address>
if (args.Length != 5)
{
    Console.Error.WriteLine("usage: ActorMoo.Net.IdleClients <server> <port> <first-source> <addresses> <per-address>");
    return 2;
}

var server = new IPEndPoint(IPAddress.Parse(args[0]), int.Parse(args[1], CultureInfo.InvariantCulture));
byte[] first = IPAddress.Parse(args[2]).GetAddressBytes();
int addresses = int.Parse(args[3], CultureInfo.InvariantCulture);
int perAddress = int.Parse(args[4], CultureInfo.InvariantCulture);

// Held here until the end: a socket nobody references would be closed by its finalizer.
var sockets = new Socket[addresses * perAddress];
try
{
    // A few dozen connects at a time: more only overflows the server's accept backlog, and a
    // dropped SYN is retried a second later, which is slower than waiting here.
    await Parallel.ForEachAsync(Enumerable.Range(0, sockets.Length), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, cancellationToken) =>
    {
        byte[] source = (byte[])first.Clone();
        source[3] += (byte)(i / perAddress);
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        sockets[i] = socket;
        socket.Bind(new IPEndPoint(new IPAddress(source), 0));
        await socket.ConnectAsync(server, cancellationToken);
    });
}
catch (Exception e) when (e is SocketException or IOException)
{
    int open = sockets.Count(s => s is { Connected: true });
    Console.WriteLine($"FAILED after {open} of {sockets.Length} connections: {e.Message}");
    return 1;
}

Console.WriteLine($"HELD {sockets.Length}");
await Console.In.ReadToEndAsync();
foreach (var socket in sockets)
{
    socket.Dispose();
}

Console.WriteLine("CLOSED");
return 0;
