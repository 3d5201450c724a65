using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ActorMoo.Net.Tests.Web.Support;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Web.Api;

public sealed class AccountEndpointsTests(ITestOutputHelper output) : WebServerTestKit(output)
{
    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private static async Task<string> ErrorAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var (status, body) = await ReadAsync(response);
        Assert.Equal(expected, status);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = body.GetProperty("error").GetString();
        Assert.False(string.IsNullOrWhiteSpace(error));
        return error!;
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, string? token)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Http.SendAsync(request);
    }

    [Fact]
    public async Task Register_must_create_the_player_and_answer_201()
    {
        var (status, body) = await ReadAsync(await Http.PostAsJsonAsync("/api/register", new { name = "Alice", password = "secret1" }));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("Alice", body.GetProperty("name").GetString());
        Assert.StartsWith("#", body.GetProperty("player").GetString());
        Assert.True(Accounts.Exists("Alice"));
    }

    [Fact]
    public async Task Register_must_refuse_a_taken_name_with_409()
    {
        await Http.PostAsJsonAsync("/api/register", new { name = "Alice", password = "secret1" });

        var error = await ErrorAsync(await Http.PostAsJsonAsync("/api/register", new { name = "alice", password = "other12" }), HttpStatusCode.Conflict);
        Assert.Contains("taken", error);
    }

    [Fact]
    public async Task Register_must_refuse_names_and_passwords_against_the_rules_with_400()
    {
        await ErrorAsync(await Http.PostAsJsonAsync("/api/register", new { name = "Bad Name!", password = "secret1" }), HttpStatusCode.BadRequest);
        await ErrorAsync(await Http.PostAsJsonAsync("/api/register", new { name = "Bob", password = "x" }), HttpStatusCode.BadRequest);
        Assert.False(Accounts.Exists("Bob"));
    }

    [Theory]
    [InlineData("""{"name":"Alice"}""")]
    [InlineData("""{"password":"secret1"}""")]
    [InlineData("""{"name":"  ","password":"secret1"}""")]
    [InlineData("""{"name":5,"password":"secret1"}""")]
    [InlineData("""not json""")]
    [InlineData("""[]""")]
    [InlineData("""null""")]
    public async Task Register_and_auth_must_answer_bad_bodies_with_a_json_400(string body)
    {
        foreach (var path in new[] { "/api/register", "/api/auth" })
        {
            var content = new StringContent(body, Encoding.UTF8, "application/json");
            await ErrorAsync(await Http.PostAsync(path, content), HttpStatusCode.BadRequest);
        }
    }

    [Fact]
    public async Task A_body_that_is_not_json_must_be_refused_with_415()
    {
        await ErrorAsync(await Http.PostAsync("/api/auth", new StringContent("name=Alice", Encoding.UTF8, "application/x-www-form-urlencoded")), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_larger_than_the_limit_must_be_refused_with_413()
    {
        var huge = new { name = "Alice", password = new string('x', Settings.MaxRequestBytes * 2) };
        await ErrorAsync(await Http.PostAsJsonAsync("/api/register", huge), HttpStatusCode.RequestEntityTooLarge);
        Assert.False(Accounts.Exists("Alice"));
    }

    [Fact]
    public async Task Auth_must_answer_a_token_for_the_right_password()
    {
        await Http.PostAsJsonAsync("/api/register", new { name = "Alice", password = "secret1" });

        var (status, body) = await ReadAsync(await Http.PostAsJsonAsync("/api/auth", new { name = "alice", password = "secret1" }));

        Assert.Equal(HttpStatusCode.OK, status);
        var token = body.GetProperty("token").GetString();
        Assert.Equal("Alice", body.GetProperty("name").GetString());
        Assert.True(body.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow);
        Assert.NotNull(Server.Tokens.Validate(token));
    }

    [Fact]
    public async Task Auth_must_refuse_a_wrong_password_with_401()
    {
        await Http.PostAsJsonAsync("/api/register", new { name = "Alice", password = "secret1" });

        var error = await ErrorAsync(await Http.PostAsJsonAsync("/api/auth", new { name = "Alice", password = "wrong12" }), HttpStatusCode.Unauthorized);
        Assert.DoesNotContain("wrong12", error);
        await ErrorAsync(await Http.PostAsJsonAsync("/api/auth", new { name = "Nobody", password = "secret1" }), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Auth_refused_by_the_login_throttle_must_answer_429_with_retry_after()
    {
        var response = await Http.PostAsJsonAsync("/api/auth", new { name = InMemoryWebAccounts.ThrottledName, password = "secret1" });

        await ErrorAsync(response, HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(8), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Logout_must_end_the_token()
    {
        var token = await LogInAsync("Alice");

        var response = await SendAsync(HttpMethod.Post, "/api/logout", null, token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Null(Server.Tokens.Validate(token));
        await ErrorAsync(await SendAsync(HttpMethod.Post, "/api/logout", null, token), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Endpoints_needing_a_token_must_refuse_a_missing_or_bad_one_with_401()
    {
        await ErrorAsync(await SendAsync(HttpMethod.Post, "/api/logout", null, null), HttpStatusCode.Unauthorized);
        await ErrorAsync(await SendAsync(HttpMethod.Post, "/api/password", new { currentPassword = "a", newPassword = "b" }, "bogus"), HttpStatusCode.Unauthorized);
        await ErrorAsync(await SendAsync(HttpMethod.Delete, "/api/character", new { password = "a" }, null), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Password_change_must_set_the_new_password_and_replace_every_token()
    {
        var first = await LogInAsync("Alice");
        var second = await LogInAsync("Alice");

        var (status, body) = await ReadAsync(await SendAsync(HttpMethod.Post, "/api/password", new { currentPassword = "secret1", newPassword = "better99" }, first));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(Server.Tokens.Validate(body.GetProperty("token").GetString()));
        Assert.Null(Server.Tokens.Validate(first));
        Assert.Null(Server.Tokens.Validate(second));
        Assert.Equal(HttpStatusCode.OK, (await Http.PostAsJsonAsync("/api/auth", new { name = "Alice", password = "better99" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.PostAsJsonAsync("/api/auth", new { name = "Alice", password = "secret1" })).StatusCode);
    }

    [Fact]
    public async Task Password_change_must_refuse_a_wrong_current_password_with_403_and_a_bad_new_one_with_400()
    {
        var token = await LogInAsync("Alice");

        await ErrorAsync(await SendAsync(HttpMethod.Post, "/api/password", new { currentPassword = "wrong12", newPassword = "better99" }, token), HttpStatusCode.Forbidden);
        await ErrorAsync(await SendAsync(HttpMethod.Post, "/api/password", new { currentPassword = "secret1", newPassword = "x" }, token), HttpStatusCode.BadRequest);
        await ErrorAsync(await SendAsync(HttpMethod.Post, "/api/password", new { currentPassword = "secret1" }, token), HttpStatusCode.BadRequest);
        Assert.NotNull(Server.Tokens.Validate(token));
    }

    [Fact]
    public async Task Deleting_the_character_must_need_the_password_and_end_its_tokens()
    {
        var token = await LogInAsync("Alice");

        await ErrorAsync(await SendAsync(HttpMethod.Delete, "/api/character", new { password = "wrong12" }, token), HttpStatusCode.Forbidden);
        await ErrorAsync(await SendAsync(HttpMethod.Delete, "/api/character", new { }, token), HttpStatusCode.BadRequest);
        Assert.True(Accounts.Exists("Alice"));

        var response = await SendAsync(HttpMethod.Delete, "/api/character", new { password = "secret1" }, token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(Accounts.Exists("Alice"));
        Assert.Null(Server.Tokens.Validate(token));
    }

    [Fact]
    public async Task Deleting_by_name_and_password_without_a_token_must_free_the_name()
    {
        var token = await LogInAsync("Alice");

        var response = await SendAsync(HttpMethod.Delete, "/api/character", new { name = "alice", password = "secret1" }, null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(Accounts.Exists("Alice"));
        Assert.Null(Server.Tokens.Validate(token));
        Assert.Equal(HttpStatusCode.Created, (await Http.PostAsJsonAsync("/api/register", new { name = "Alice", password = "other12" })).StatusCode);
    }

    [Fact]
    public async Task Deleting_by_name_must_refuse_a_wrong_password_or_an_unknown_name_alike_with_401()
    {
        await LogInAsync("Alice");

        var wrong = await ErrorAsync(await SendAsync(HttpMethod.Delete, "/api/character", new { name = "Alice", password = "wrong12" }, null), HttpStatusCode.Unauthorized);
        var unknown = await ErrorAsync(await SendAsync(HttpMethod.Delete, "/api/character", new { name = "Nobody", password = "secret1" }, null), HttpStatusCode.Unauthorized);

        Assert.Equal(wrong, unknown);
        Assert.True(Accounts.Exists("Alice"));
    }

    [Fact]
    public async Task Deleting_must_refuse_a_missing_or_incomplete_body()
    {
        var token = await LogInAsync("Alice");

        await ErrorAsync(await SendAsync(HttpMethod.Delete, "/api/character", null, token), HttpStatusCode.UnsupportedMediaType);
        await ErrorAsync(await SendAsync(HttpMethod.Delete, "/api/character", null, null), HttpStatusCode.UnsupportedMediaType);
        await ErrorAsync(await SendAsync(HttpMethod.Delete, "/api/character", new { name = "Alice" }, null), HttpStatusCode.BadRequest);
        await ErrorAsync(await SendAsync(HttpMethod.Delete, "/api/character", new { password = "secret1" }, "bogus-token"), HttpStatusCode.Unauthorized);
        await ErrorAsync(await SendAsync(HttpMethod.Delete, "/api/character", new { name = "Bob", password = "secret1" }, token), HttpStatusCode.BadRequest);
        Assert.True(Accounts.Exists("Alice"));
        Assert.NotNull(Server.Tokens.Validate(token));
    }

    [Fact]
    public async Task Deleting_a_wizard_must_be_refused_with_403()
    {
        var token = await LogInAsync(InMemoryWebAccounts.WizardName);

        var error = await ErrorAsync(await SendAsync(HttpMethod.Delete, "/api/character", new { password = "secret1" }, token), HttpStatusCode.Forbidden);

        Assert.Contains("wizard", error, StringComparison.OrdinalIgnoreCase);
        Assert.True(Accounts.Exists(InMemoryWebAccounts.WizardName));
        Assert.NotNull(Server.Tokens.Validate(token));
    }
}
