using System.Text;
using ActorMoo.Scripting.Sandbox;

namespace ActorMoo.Scripting.Tests.Sandbox;

public sealed class PatternGuardTests
{
    private static readonly SandboxLimits Limits = new();

    private static string? Check(string subject, string pattern, long init = 1, bool plain = false) =>
        PatternGuard.Check(Encoding.UTF8.GetBytes(subject), Encoding.UTF8.GetBytes(pattern), init, plain, Limits);

    [Theory]
    [InlineData("^(%w+)%s*=%s*(%w+)$")]
    [InlineData("%s+")]
    [InlineData("(%w+)=(%w+)")]
    [InlineData("[%a_][%w_]*")]
    [InlineData("%b()")]
    public void Ordinary_patterns_on_ordinary_text_pass(string pattern)
    {
        var text = string.Concat(Enumerable.Repeat("name = value (x) ", 500));
        Assert.Null(Check(text, pattern));
    }

    [Theory]
    [InlineData(150, ".-.-.-.-b")]
    [InlineData(20000, ".-b")]
    [InlineData(40, "a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?aaaa")]
    [InlineData(2000, "[%a]*[%a]*[%a]*b")]
    public void Backtracking_bombs_are_refused(int length, string pattern) =>
        Assert.NotNull(Check(new string('a', length), pattern));

    [Fact]
    public void Anchoring_removes_the_factor_for_every_start_position() =>
        Assert.Null(Check(new string('a', 20000), "^.-b"));

    [Fact]
    public void Runs_are_measured_per_class_so_rare_characters_cost_little() =>
        Assert.Null(Check(string.Concat(Enumerable.Repeat("word ", 20000)), "%d+%d+%d+"));

    [Fact]
    public void Plain_searches_are_bounded_by_subject_times_needle()
    {
        Assert.Null(Check(new string('a', 100000), "aaab", plain: true));
        Assert.NotNull(Check(new string('a', 500000), new string('a', 200), plain: true));
    }

    [Fact]
    public void Oversized_subjects_and_patterns_are_refused()
    {
        Assert.Contains("pattern matching on a string", Check(new string('x', Limits.MaxPatternSubjectBytes + 1), "x")!, StringComparison.Ordinal);
        Assert.Contains("pattern of", Check("x", "(" + new string('.', Limits.MaxPatternBytes) + ")")!, StringComparison.Ordinal);
    }

    [Fact]
    public void Starting_past_the_end_needs_no_work() => Assert.Null(Check("abc", ".-.-.-.-.-.-.-.-x", init: 10));

    [Theory]
    [InlineData((byte)'a', "%a", true)]
    [InlineData((byte)'7', "%A", true)]
    [InlineData((byte)' ', "%s", true)]
    [InlineData((byte)'x', "[a-z]", true)]
    [InlineData((byte)'x', "[^a-z]", false)]
    [InlineData((byte)']', "[]]", true)]
    [InlineData((byte)'.', "%.", true)]
    [InlineData((byte)0xE9, "%a", false)]
    public void Classes_match_as_in_lstrlib(byte c, string cls, bool expected)
    {
        var pattern = Encoding.ASCII.GetBytes(cls);
        Assert.Equal(expected, LuaPatternClass.SingleMatch(c, pattern, 0, LuaPatternClass.ClassEnd(pattern, 0)));
    }
}
