using System.Net.Http.Json;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Tests.Web.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Web.Client;

/// <summary>
/// The web client in headless Chromium (Playwright driving Debian's browser) against a real web
/// server whose sessions are scripted (<see cref="ScriptedSessions"/>): the page, the API login,
/// the websocket and the output rendering are real; the world behind the sessions is a stand-in.
/// </summary>
public sealed class WebClientBrowserTests(ITestOutputHelper output) : WebServerTestKit(output)
{
    /// <summary>Generous: the machine running the tests may be very busy.</summary>
    private static readonly float Patience = (float)TimeSpan.FromMinutes(1).TotalMilliseconds;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (Chromium.ExecutablePath is not { } executable)
            return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable, Headless = true, Timeout = Patience });
    }

    public override async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    private async Task<IPage> OpenPageAsync()
    {
        var page = await _browser!.NewPageAsync();
        page.SetDefaultTimeout(Patience);
        await page.GotoAsync(Server.Address.ToString());
        return page;
    }

    [ChromiumFact]
    public async Task Logging_in_and_typing_look_must_show_the_room()
    {
        (await Http.PostAsJsonAsync("/api/register", new { name = "Alice", password = "secret1" })).EnsureSuccessStatusCode();
        var page = await OpenPageAsync();

        await page.FillAsync("#name", "Alice");
        await page.FillAsync("#password", "secret1");
        await page.ClickAsync("#login-button");

        var open = await ExpectMsgAsync<AuthenticatedOpen>(TimeSpan.FromMinutes(1));
        Assert.Equal(Server.Tokens.Validate(await page.EvaluateAsync<string>("sessionStorage.getItem('actormoo.token')"))!.Player, open.Player);
        await Expect(page.Locator("#output")).ToContainTextAsync($"Connected as #{open.Player}", new() { Timeout = Patience });

        await page.FillAsync("#command", "look");
        await page.PressAsync("#command", "Enter");

        await Expect(page.Locator("#output")).ToContainTextAsync(ScriptedSessions.RoomName, new() { Timeout = Patience });
        await Expect(page.Locator("#output")).ToContainTextAsync(ScriptedSessions.RoomDescription, new() { Timeout = Patience });
    }

    [ChromiumFact]
    public async Task Clicking_a_command_link_must_run_its_command()
    {
        var page = await OpenPageAsync();
        await page.ClickAsync("#guest-button");
        await page.FillAsync("#command", "look");
        await page.PressAsync("#command", "Enter");
        await Expect(page.Locator("#output b, #output .b").First).ToContainTextAsync(ScriptedSessions.RoomName, new() { Timeout = Patience });

        await page.ClickAsync("#output a.cmd >> text=north");

        await Expect(page.Locator("#output")).ToContainTextAsync("You said: go north", new() { Timeout = Patience });
    }

    [ChromiumFact]
    public async Task Arrow_up_must_bring_back_earlier_commands()
    {
        var page = await OpenPageAsync();
        await page.ClickAsync("#guest-button");
        await Expect(page.Locator("#output")).ToContainTextAsync("Welcome to the test world", new() { Timeout = Patience });

        await page.FillAsync("#command", "look");
        await page.PressAsync("#command", "Enter");
        await page.FillAsync("#command", "say hello");
        await page.PressAsync("#command", "Enter");
        await Expect(page.Locator("#output")).ToContainTextAsync("You said: say hello", new() { Timeout = Patience });

        await page.PressAsync("#command", "ArrowUp");
        await Expect(page.Locator("#command")).ToHaveValueAsync("say hello");
        await page.PressAsync("#command", "ArrowUp");
        await Expect(page.Locator("#command")).ToHaveValueAsync("look");
        await page.PressAsync("#command", "ArrowDown");
        await page.PressAsync("#command", "ArrowDown");
        await Expect(page.Locator("#command")).ToHaveValueAsync("");
    }

    [ChromiumFact]
    public async Task A_wrong_password_must_show_the_servers_message_on_the_login_form()
    {
        var page = await OpenPageAsync();

        await page.FillAsync("#name", "Nobody");
        await page.FillAsync("#password", "secret1");
        await page.ClickAsync("#login-button");

        await Expect(page.Locator("#login-error")).ToContainTextAsync("does not exist", new() { Timeout = Patience });
        await Expect(page.Locator("#game")).ToBeHiddenAsync();
    }
}
