using ActorMoo.Host.Configuration.Hocon;

namespace ActorMoo.Host.Tests.Configuration.Hocon;

public class HoconTokenizerTests
{
    private static List<(HoconTokenKind Kind, string Text)> Tokens(string text) =>
        HoconTokenizer.Tokenize(text, "t.conf").Select(t => (t.Kind, t.Text)).ToList();

    private static HoconException Error(string text) =>
        Assert.Throws<HoconException>(() => HoconTokenizer.Tokenize(text, "t.conf"));

    [Fact]
    public void Numbers_must_keep_their_original_spelling()
    {
        Assert.Equal((HoconTokenKind.Number, "1e5"), Tokens("1e5")[0]);
        Assert.Equal((HoconTokenKind.Number, "-0.50"), Tokens("-0.50")[0]);
    }

    [Fact]
    public void A_number_followed_by_letters_must_split_into_a_number_and_an_unquoted_string()
    {
        Assert.Equal([(HoconTokenKind.Number, "10"), (HoconTokenKind.UnquotedString, "ms"), (HoconTokenKind.End, "")], Tokens("10ms"));
        Assert.Equal([(HoconTokenKind.Number, "10.0"), (HoconTokenKind.UnquotedString, "bar"), (HoconTokenKind.End, "")], Tokens("10.0bar"));
    }

    [Fact]
    public void Keywords_must_only_be_recognised_at_the_start_of_unquoted_text()
    {
        Assert.Equal([(HoconTokenKind.True, "true"), (HoconTokenKind.UnquotedString, "foo"), (HoconTokenKind.End, "")], Tokens("truefoo"));
        Assert.Equal([(HoconTokenKind.UnquotedString, "footrue"), (HoconTokenKind.End, "")], Tokens("footrue"));
        Assert.Equal([(HoconTokenKind.UnquotedString, "bar10.0"), (HoconTokenKind.End, "")], Tokens("bar10.0"));
    }

    [Fact]
    public void Comments_must_be_dropped_but_the_newline_that_ends_them_kept()
    {
        Assert.Equal(
            [(HoconTokenKind.UnquotedString, "a"), (HoconTokenKind.Newline, "\n"), (HoconTokenKind.Newline, "\n"), (HoconTokenKind.UnquotedString, "b"),
                (HoconTokenKind.Whitespace, " "), (HoconTokenKind.End, "")],
            Tokens("a# one\n// two\nb // three"));
    }

    [Fact]
    public void A_double_slash_must_end_an_unquoted_string()
    {
        Assert.Equal([(HoconTokenKind.UnquotedString, "a"), (HoconTokenKind.End, "")], Tokens("a//b"));
        Assert.Equal([(HoconTokenKind.UnquotedString, "/usr/bin"), (HoconTokenKind.End, "")], Tokens("/usr/bin"));
    }

    [Fact]
    public void Quoted_strings_must_decode_json_escapes()
    {
        Assert.Equal((HoconTokenKind.QuotedString, "a\"b\\c/d\b\f\n\r\tA#//"), Tokens("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u0041#//\"")[0]);
    }

    [Fact]
    public void Triple_quoted_strings_must_be_taken_verbatim_across_lines()
    {
        Assert.Equal((HoconTokenKind.QuotedString, "line one\n  \\n \"quoted\""), Tokens("\"\"\"line one\n  \\n \"quoted\"\"\"\"")[0]);
    }

    [Fact]
    public void Extra_quotes_closing_a_triple_quoted_string_must_belong_to_the_string()
    {
        Assert.Equal((HoconTokenKind.QuotedString, "foo\""), Tokens("\"\"\"foo\"\"\"\"")[0]);
    }

    [Fact]
    public void Whitespace_must_be_kept_as_a_token_for_concatenation()
    {
        Assert.Equal(
            [(HoconTokenKind.UnquotedString, "foo"), (HoconTokenKind.Whitespace, " \t "), (HoconTokenKind.UnquotedString, "bar"), (HoconTokenKind.End, "")],
            Tokens("foo \t bar"));
    }

    [Fact]
    public void Optional_substitutions_must_be_marked()
    {
        List<HoconToken> tokens = HoconTokenizer.Tokenize("${?a}${b}", "t.conf");
        Assert.True(tokens[0].IsOptional);
        Assert.Equal(HoconTokenKind.SubstitutionStart, tokens[3].Kind);
        Assert.False(tokens[3].IsOptional);
    }

    [Fact]
    public void Tokens_must_carry_their_line_and_column()
    {
        List<HoconToken> tokens = HoconTokenizer.Tokenize("a = 1\n  bb = \"x\"", "t.conf");
        HoconToken bb = tokens.Single(t => t.Text == "bb");
        Assert.Equal(new HoconOrigin("t.conf", 2, 3), bb.Origin);
        Assert.Equal(new HoconOrigin("t.conf", 2, 8), tokens.Single(t => t.Kind == HoconTokenKind.QuotedString).Origin);
    }

    [Theory]
    [InlineData("a = b\nc = d@e", 2, 6, "reserved")]
    [InlineData("a = \"open\nb = 1", 1, 5, "unterminated quoted string")]
    [InlineData("a = \"\"\"never closed", 1, 5, "unterminated triple-quoted")]
    [InlineData("a = \"bad \\q escape\"", 1, 10, "unknown escape")]
    [InlineData("a = \"\\u12\"", 1, 6, "four hexadecimal digits")]
    [InlineData("a = $b", 1, 5, "'$' must start a substitution")]
    [InlineData("a = b + c", 1, 7, "'+' is reserved")]
    public void Lexical_errors_must_name_line_column_and_problem(string text, int line, int column, string message)
    {
        HoconException error = Error(text);
        Assert.Equal(new HoconOrigin("t.conf", line, column), error.Origin);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"t.conf:{line}:{column}: ", error.Message, StringComparison.Ordinal);
    }
}
