using System.Diagnostics;
using System.Globalization;

namespace ActorMoo.Bench.Scripting;

/// <summary>The Debian <c>lua5.4</c> interpreter as a reference, when it is installed.</summary>
internal static class LuaBinary
{
    /// <summary>The interpreter's path, or null when it is not installed.</summary>
    public static string? Find() =>
        new[] { "/usr/bin/lua5.4", "/usr/local/bin/lua5.4" }.FirstOrDefault(File.Exists);

    /// <summary>Milliseconds the interpreter needs for <paramref name="source"/> (timed inside Lua with os.clock).</summary>
    public static double Time(string path, string source)
    {
        var script = $"local f = load({Quote(source)}) local t0 = os.clock() f() io.write(string.format('%.6f', (os.clock() - t0) * 1000))";
        var info = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-e");
        info.ArgumentList.Add(script);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException(process.StandardError.ReadToEnd());
        return double.Parse(output, CultureInfo.InvariantCulture);
    }

    private static string Quote(string source) => "[==[" + source + "]==]";
}
