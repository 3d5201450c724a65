using System.Net;
using System.Text.Json;
using ActorMoo.Net.Tests.Web.Support;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Web.Client;

public sealed class WebClientFilesTests(ITestOutputHelper output) : WebServerTestKit(output)
{
    [Fact]
    public async Task The_page_at_the_root_must_be_the_web_client_with_a_strict_content_security_policy()
    {
        var response = await Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("client.js", await response.Content.ReadAsStringAsync());
        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
    }

    [Theory]
    [InlineData("/client.js", "text/javascript")]
    [InlineData("/client.css", "text/css")]
    [InlineData("/index.html", "text/html")]
    public async Task Every_client_file_must_be_served_with_its_content_type(string path, string type)
    {
        var response = await Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/api/no-such-endpoint")]
    public async Task Unknown_paths_must_get_a_json_404(string path)
    {
        var response = await Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()));
    }
}
