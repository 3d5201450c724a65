using ActorMoo.Net.Edge;

namespace ActorMoo.Net.Tests.Edge;

public sealed class ConnectionsPerAddressTests
{
    [Fact]
    public void An_address_must_get_connections_up_to_the_limit_and_no_more()
    {
        var connections = new ConnectionsPerAddress();

        Assert.True(connections.TryOpen("10.0.0.1", 2));
        Assert.True(connections.TryOpen("10.0.0.1", 2));
        Assert.False(connections.TryOpen("10.0.0.1", 2));

        Assert.True(connections.TryOpen("10.0.0.2", 2));
        Assert.Equal(2, connections.OpenFrom("10.0.0.1"));
        Assert.Equal(3, connections.Open);
    }

    [Fact]
    public void Closing_a_connection_must_free_its_place_and_forget_an_address_with_none_left()
    {
        var connections = new ConnectionsPerAddress();
        connections.TryOpen("10.0.0.1", 1);

        connections.Close("10.0.0.1");

        Assert.Equal(0, connections.OpenFrom("10.0.0.1"));
        Assert.Equal(0, connections.Open);
        Assert.True(connections.TryOpen("10.0.0.1", 1));
    }

    [Fact]
    public async Task Racing_opens_must_never_exceed_the_limit()
    {
        var connections = new ConnectionsPerAddress();
        int granted = 0;

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (int i = 0; i < 1000; i++)
            {
                if (connections.TryOpen("10.0.0.1", 50))
                    Interlocked.Increment(ref granted);
            }
        })));

        Assert.Equal(50, granted);
        Assert.Equal(50, connections.OpenFrom("10.0.0.1"));
    }
}
