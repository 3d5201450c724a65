using ActorMoo.Net.Tests.Support;
using ActorMoo.Net.Tests.Web.Support;
using ActorMoo.Net.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActorMoo.Net.Tests.Web.Client;

/// <summary>
/// End to end: the web client in headless Chromium against the whole server in this process —
/// starter core, accounts, sessions, verbs — through the real web server.
/// </summary>
public sealed class WebClientWorldBrowserTests : IAsyncLifetime
{
    private static readonly float Patience = (float)TimeSpan.FromMinutes(2).TotalMilliseconds;

    private InProcessWorld? _world;
    private WebServer? _web;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (Chromium.ExecutablePath is not { } executable)
            return;
        _world = await InProcessWorld.StartAsync();
        _web = await _world.StartWebAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable, Headless = true, Timeout = Patience });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_world is not null)
            await _world.DisposeAsync();
    }

    [ChromiumFact]
    public async Task A_new_character_created_in_the_page_must_see_the_lobby_on_look()
    {
        var page = await _browser!.NewPageAsync();
        page.SetDefaultTimeout(Patience);
        await page.GotoAsync(_web!.Address.ToString());

        await page.FillAsync("#name", "Webster");
        await page.FillAsync("#password", "secret1");
        await page.ClickAsync("#register-button");
        await Expect(page.Locator("#game")).ToBeVisibleAsync(new() { Timeout = Patience });

        await page.FillAsync("#command", "look");
        await page.PressAsync("#command", "Enter");

        await Expect(page.Locator("#output")).ToContainTextAsync("The Lobby", new() { Timeout = Patience });
        await Expect(page.Locator("#output")).ToContainTextAsync("high-ceilinged hall", new() { Timeout = Patience });
    }

    [ChromiumFact]
    public async Task The_login_screen_must_accept_connect_typed_in_the_page()
    {
        await _world!.Accounts.CreateAsync("Typist", "secret1", "127.0.0.1");
        var page = await _browser!.NewPageAsync();
        page.SetDefaultTimeout(Patience);
        await page.GotoAsync(_web!.Address.ToString());

        await page.ClickAsync("#guest-button");
        await page.FillAsync("#command", "connect Typist secret1");
        await page.PressAsync("#command", "Enter");
        await page.FillAsync("#command", "look");
        await page.PressAsync("#command", "Enter");

        await Expect(page.Locator("#output")).ToContainTextAsync("The Lobby", new() { Timeout = Patience });
        await Expect(page.Locator("#output")).Not.ToContainTextAsync("secret1");
        await page.PressAsync("#command", "ArrowUp");
        await page.PressAsync("#command", "ArrowUp");
        await Expect(page.Locator("#command")).ToHaveValueAsync("look");
    }
}
