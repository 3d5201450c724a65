using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Tests.Web.Support;
using ActorMoo.Net.Web;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Web.Sockets;

public sealed class WebSocketInputRateTests(ITestOutputHelper output) : WebServerTestKit(output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    protected override WebSettings Settings => base.Settings with { InputRate = 1, InputBurst = 2 };

    protected override TimeProvider ServerTime => Clock;

    [Fact]
    public async Task A_flood_of_input_must_be_slowed_to_the_input_rate_and_lose_nothing()
    {
        using var socket = await ConnectAsync();
        await ExpectMsgAsync<OpenSession>(Patience);

        for (int i = 1; i <= 4; i++)
            await SendAsync(socket, $$"""{"type":"input","line":"say {{i}}"}""");

        // The burst goes through; reading then waits for the (manual) clock.
        Assert.Equal("say 1", (await ExpectMsgAsync<Input>(Patience)).Line);
        Assert.Equal("say 2", (await ExpectMsgAsync<Input>(Patience)).Line);
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(300));

        Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("say 3", (await ExpectMsgAsync<Input>(Patience)).Line);
        Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("say 4", (await ExpectMsgAsync<Input>(Patience)).Line);
    }
}
