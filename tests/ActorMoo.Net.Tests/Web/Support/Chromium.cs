namespace ActorMoo.Net.Tests.Web.Support;

/// <summary>
/// Where the browser tests find Chromium: Debian's <c>chromium</c> package, never a downloaded
/// browser. test.sh installs it and exports <see cref="PromiseVariable"/>; when that promise is
/// made, a browser that cannot start fails the tests instead of skipping them.
/// </summary>
internal static class Chromium
{
    /// <summary>The variable test.sh sets to the Chromium executable it provided.</summary>
    public const string PromiseVariable = "ACTORMOO_TEST_CHROMIUM";

    /// <summary>Debian's Chromium.</summary>
    public const string DebianPath = "/usr/bin/chromium";

    /// <summary>The promised executable, else Debian's when installed, else null.</summary>
    public static string? ExecutablePath =>
        Environment.GetEnvironmentVariable(PromiseVariable) is { Length: > 0 } promised ? promised
        : File.Exists(DebianPath) ? DebianPath
        : null;
}

/// <summary>A test that needs Chromium: skipped only when nobody promised one and none is installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.ExecutablePath is null)
            Skip = $"Chromium is not installed (apt-get install chromium) and {Chromium.PromiseVariable} is not set; ./test.sh provides both.";
    }
}
