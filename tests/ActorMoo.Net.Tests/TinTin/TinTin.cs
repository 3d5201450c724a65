using System.Diagnostics;

namespace ActorMoo.Net.Tests.TinTin;

/// <summary>
/// Runs Debian's TinTin++ (<c>tt++</c>, package <c>tintin++</c>) headless on a script. <c>-H</c>
/// (nohup mode) lets it run without a terminal — without it tt++ aborts on <c>tcgetattr</c> — and
/// <c>-G</c> skips the greeting. The script ends the client itself with <c>#end</c>; a client
/// that does not is killed after a generous timeout and the test fails with what it printed.
/// </summary>
internal static class TinTin
{
    /// <summary>Where Debian installs the client (<c>/usr/games</c> is not on every PATH, e.g. root's).</summary>
    public const string DebianPath = "/usr/games/tt++";

    /// <summary>tt++ on the PATH, else Debian's, else null.</summary>
    public static string? ExecutablePath =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "tt++"))
            .Append(DebianPath)
            .FirstOrDefault(File.Exists);

    /// <summary>
    /// Runs <paramref name="script"/> (a .tin file's text) in <paramref name="directory"/> and waits
    /// for the client to exit; returns what it printed (for failure messages). Fails the test when
    /// tt++ is missing: ./test.sh installs it, so its absence is a broken machine, not a reason to skip.
    /// </summary>
    public static async Task<string> RunAsync(string script, string directory, TimeSpan timeout)
    {
        string executable = ExecutablePath
            ?? throw new Xunit.Sdk.XunitException("TinTin++ is not installed: run `apt-get install tintin++` (./test.sh does).");
        string scriptPath = Path.Combine(directory, "test.tin");
        await File.WriteAllTextAsync(scriptPath, script);

        var start = new ProcessStartInfo(executable)
        {
            ArgumentList = { "-H", "-G", scriptPath },
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new Xunit.Sdk.XunitException($"{executable} did not start.");
        process.StandardInput.Close();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new Xunit.Sdk.XunitException($"TinTin++ did not finish within {timeout}. It printed:\n{await output}\n{await errors}");
        }

        return await output + await errors;
    }
}
