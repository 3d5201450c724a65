using System.Runtime.InteropServices;

namespace ActorMoo.Net.Tests.Robustness;

/// <summary>
/// This process's limit on open files (every socket is one), through getrlimit/setrlimit: a test
/// that opens thousands of connections raises the soft limit to the hard limit, and fails with a
/// clear message when even the hard limit is too low — it never silently tests less.
/// </summary>
internal static partial class FileDescriptorLimit
{
    /// <summary>RLIMIT_NOFILE on Linux (x86-64 and arm64).</summary>
    private const int OpenFiles = 7;

    /// <summary>The soft limit now.</summary>
    public static ulong Current => Read().Current;

    /// <summary>
    /// Makes sure this process may open at least <paramref name="needed"/> files, raising the soft
    /// limit up to the hard one (an unprivileged process may; only root may raise the hard limit).
    /// </summary>
    /// <exception cref="InvalidOperationException">The hard limit is below <paramref name="needed"/>, or the limit cannot be read or set.</exception>
    public static void EnsureAtLeast(ulong needed, string why)
    {
        if (!OperatingSystem.IsLinux())
            throw new InvalidOperationException($"{why} needs Linux (file-descriptor limits and loopback source addresses 127.0.0.x).");
        ResourceLimit limit = Read();
        if (limit.Current >= needed)
            return;
        if (limit.Maximum < needed)
        {
            throw new InvalidOperationException(
                $"{why} needs {needed} open files, but this process's hard limit is {limit.Maximum} (soft {limit.Current}). " +
                "Raise it for the test run (e.g. `ulimit -Hn 65536` as root, or LimitNOFILE / --ulimit nofile for services and containers).");
        }

        var raised = limit with { Current = limit.Maximum };
        if (SetResourceLimit(OpenFiles, in raised) != 0)
            throw new InvalidOperationException($"{why}: setrlimit(RLIMIT_NOFILE, {limit.Maximum}) failed with errno {Marshal.GetLastPInvokeError()}.");
    }

    private static ResourceLimit Read()
    {
        if (GetResourceLimit(OpenFiles, out ResourceLimit limit) != 0)
            throw new InvalidOperationException($"getrlimit(RLIMIT_NOFILE) failed with errno {Marshal.GetLastPInvokeError()}.");
        return limit;
    }

    [LibraryImport("libc", EntryPoint = "getrlimit", SetLastError = true)]
    private static partial int GetResourceLimit(int resource, out ResourceLimit limit);

    [LibraryImport("libc", EntryPoint = "setrlimit", SetLastError = true)]
    private static partial int SetResourceLimit(int resource, in ResourceLimit limit);

    /// <summary><c>struct rlimit</c>: two <c>rlim_t</c> (64-bit on 64-bit Linux).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct ResourceLimit(ulong Current, ulong Maximum);
}
