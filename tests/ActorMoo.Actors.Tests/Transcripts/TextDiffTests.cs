namespace ActorMoo.Actors.Tests.Transcripts;

/// <summary>The unified diff shown when a transcript fails.</summary>
public sealed class TextDiffTests
{
    [Fact]
    public void Equal_texts_must_have_an_empty_diff()
    {
        Assert.Equal("", TextDiff.Unified(["a", "b"], ["a", "b"]));
    }

    [Fact]
    public void Changed_line_must_show_as_removed_and_added_with_context()
    {
        var diff = TextDiff.Unified(["one", "two", "three"], ["one", "TWO", "three"], "expected", "actual");

        Assert.Equal("--- expected\n+++ actual\n@@ -1,3 +1,3 @@\n one\n-two\n+TWO\n three\n", diff.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Distant_changes_must_make_separate_hunks()
    {
        var expected = Enumerable.Range(1, 20).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var actual = expected.ToList();
        actual[1] = "x";
        actual[18] = "y";

        var diff = TextDiff.Unified(expected, actual);

        Assert.Equal(2, diff.Split('\n').Count(line => line.StartsWith("@@", StringComparison.Ordinal)));
    }

    [Fact]
    public void Added_lines_at_the_end_must_show()
    {
        var diff = TextDiff.Unified(["a"], ["a", "b"]);

        Assert.Contains("+b", diff, StringComparison.Ordinal);
    }
}
