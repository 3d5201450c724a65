using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Bench.Edge;

/// <summary>The baseline: a bare Kestrel connection handler that writes every line back, no telnet and no actors.</summary>
internal sealed class RawEchoServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RawEchoServer(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public static async Task<RawEchoServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseConnectionHandler<EchoHandler>()));
        WebApplication app = builder.Build();
        await app.StartAsync();
        int port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        return new RawEchoServer(app, port);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private sealed class EchoHandler : ConnectionHandler
    {
        public override async Task OnConnectedAsync(ConnectionContext connection)
        {
            PipeReader input = connection.Transport.Input;
            PipeWriter output = connection.Transport.Output;
            while (true)
            {
                ReadResult result = await input.ReadAsync();
                ReadOnlySequence<byte> buffer = result.Buffer;
                while (buffer.PositionOf((byte)'\n') is SequencePosition end)
                {
                    ReadOnlySequence<byte> line = buffer.Slice(0, end);
                    foreach (ReadOnlyMemory<byte> segment in line)
                    {
                        output.Write(segment.Span);
                    }

                    output.Write("\n"u8);
                    buffer = buffer.Slice(buffer.GetPosition(1, end));
                }

                input.AdvanceTo(buffer.Start, buffer.End);
                await output.FlushAsync();
                if (result.IsCompleted)
                {
                    return;
                }
            }
        }
    }
}
