using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ActorMoo.Net.Tests.Web.Support;
using ActorMoo.Net.Web;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Web.Api;

public sealed class WebRateLimitsTests(ITestOutputHelper output) : WebServerTestKit(output)
{
    // A window far longer than any test run, so the count cannot reset in the middle of the test.
    protected override WebSettings Settings => new() { AccountRequestsPerWindow = 3, AccountRequestWindow = TimeSpan.FromHours(1) };

    [Fact]
    public async Task Account_requests_beyond_the_limit_of_one_address_must_be_refused_with_a_json_429()
    {
        for (int i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await Http.PostAsJsonAsync("/api/auth", new { name = "Nobody", password = "secret1" })).StatusCode);

        var refused = await Http.PostAsJsonAsync("/api/register", new { name = "Alice", password = "secret1" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many", JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
        Assert.False(Accounts.Exists("Alice"));
    }

    [Fact]
    public async Task Other_endpoints_must_not_count_against_the_account_limit()
    {
        for (int i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync("/api/world-stats")).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await Http.PostAsJsonAsync("/api/register", new { name = "Alice", password = "secret1" })).StatusCode);
    }
}
