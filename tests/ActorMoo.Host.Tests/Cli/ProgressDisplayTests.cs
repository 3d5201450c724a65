using ActorMoo.Actors.WorldFiles;
using ActorMoo.Host.Cli;

namespace ActorMoo.Host.Tests.Cli;

public sealed class ProgressDisplayTests
{
    private static string Show(bool interactive, long total)
    {
        var error = new StringWriter();
        var display = new ProgressDisplay(error, interactive);
        for (long done = 1; done <= total; done++)
        {
            display.Report(new WorldProgress("reading objects", done, total));
        }

        return error.ToString();
    }

    [Fact]
    public void A_redirected_stream_must_get_nothing_for_a_small_world()
    {
        Assert.Equal("", Show(interactive: false, total: 500));
    }

    [Fact]
    public void A_redirected_stream_must_get_one_line_per_tenth_for_a_large_world()
    {
        string[] lines = Show(interactive: false, total: ProgressDisplay.LargeWorld).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(11, lines.Length);
        Assert.Equal("reading objects: 100% (10000/10000)", lines[^1]);
    }

    [Fact]
    public void A_terminal_must_get_the_line_redrawn_in_place_and_finished_with_a_newline()
    {
        string shown = Show(interactive: true, total: 200);

        Assert.Equal(101, shown.Count(c => c == '\r'));
        Assert.EndsWith("\n", shown, StringComparison.Ordinal);
        Assert.Contains("reading objects: 50% (100/200)", shown, StringComparison.Ordinal);
    }
}
