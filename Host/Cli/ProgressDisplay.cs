using System.Globalization;
using ActorMoo.Actors.WorldFiles;

namespace ActorMoo.Host.Cli;

/// <summary>
/// Shows how far an export or import is on the error stream: a percentage line redrawn in place on
/// a terminal, or one line per tenth for a large world when the stream is redirected (a log), and
/// nothing for small worlds there, so scripts and tests see only the result.
/// </summary>
/// <param name="error">Where progress goes.</param>
/// <param name="interactive">True when <paramref name="error"/> is a terminal: redraw in place.</param>
internal sealed class ProgressDisplay(TextWriter error, bool interactive) : IProgress<WorldProgress>
{
    /// <summary>Below this many units, a redirected stream gets no progress lines.</summary>
    public const long LargeWorld = 10_000;

    /// <summary>The phase and step last shown, to print only when they change.</summary>
    private (string Phase, long Step) _shown = ("", -1);

    /// <summary>A display for the process's own error stream, or for a writer a caller (a test) passed.</summary>
    public static ProgressDisplay For(TextWriter error) =>
        new(error, ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);

    /// <inheritdoc />
    public void Report(WorldProgress value)
    {
        if (value.Total <= 0 || (!interactive && value.Total < LargeWorld))
        {
            return;
        }

        long percent = value.Done * 100 / value.Total;
        long step = interactive ? percent : percent / 10;
        if ((value.Phase, step) == _shown)
        {
            return;
        }

        _shown = (value.Phase, step);
        string line = string.Create(CultureInfo.InvariantCulture, $"{value.Phase}: {percent}% ({value.Done}/{value.Total})");
        if (interactive)
        {
            error.Write("\r" + line.PadRight(60) + (value.Done == value.Total ? "\n" : ""));
        }
        else
        {
            error.WriteLine(line);
        }
    }
}
