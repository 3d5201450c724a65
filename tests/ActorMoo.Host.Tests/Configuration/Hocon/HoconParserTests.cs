using ActorMoo.Host.Configuration.Hocon;
using static ActorMoo.Host.Tests.Support.Hocon;

namespace ActorMoo.Host.Tests.Configuration.Hocon;

/// <summary>The syntax sections of HOCON.md, each example written in as a test case.</summary>
public class HoconParserTests
{
    [Fact]
    public void Root_braces_may_be_omitted() =>
        AssertEquivalent("{ \"foo\" : { \"bar\" : 10 } }", "\"foo\" : { \"bar\" : 10 }");

    [Fact]
    public void Equals_may_replace_the_colon_and_both_may_be_omitted_before_a_brace()
    {
        AssertEquivalent("{ \"foo\" : {} }", "\"foo\" {}");
        AssertEquivalent("a : 1, b : { c : 2 }", "a = 1, b { c = 2 }");
    }

    [Fact]
    public void A_newline_may_replace_the_comma_and_one_trailing_comma_is_ignored()
    {
        AssertEquivalent("a = [1,2,3]", "a = [1,2,3,]");
        AssertEquivalent("a = [1,2,3]", "a = [1\n2\n3]");
        AssertEquivalent("a = 1, b = 2", "a = 1\nb = 2,");
    }

    [Theory]
    [InlineData("a = [1,2,3,,]", 1, 12)]
    [InlineData("a = [,1,2,3]", 1, 6)]
    [InlineData("a = [1,,2,3]", 1, 8)]
    [InlineData("a = 1,, b = 2", 1, 7)]
    [InlineData(", a = 1", 1, 1)]
    public void Extra_commas_must_be_errors_at_their_position(string text, int line, int column) =>
        AssertError(text, line, column, "unexpected ','");

    [Fact]
    public void Valid_json_must_parse_to_the_same_tree()
    {
        string json = "{\n  \"name\": \"ActorMoo\",\n  \"port\":\n    7777,\n  \"ratio\": -1.5e3,\n  \"on\": true,\n  \"none\": null,\n  \"list\": [1, \"two\", {\"three\": [3]}],\n  \"empty\": {}\n}";
        Assert.Equal(
            "{\"empty\":{},\"list\":[1,\"two\",{\"three\":[3]}],\"name\":\"ActorMoo\",\"none\":null,\"on\":true,\"port\":7777,\"ratio\":-1.5e3}",
            Canonical(Parse(json)));
    }

    [Fact]
    public void Unquoted_strings_concatenate_with_the_whitespace_between_them_kept_and_the_ends_trimmed()
    {
        Assert.Equal("foo bar  baz", ((HoconScalar)Parse("a =   foo bar  baz   ").Find("a")!).Text);
        AssertEquivalent("a = \"foo bar\"", "a = foo bar");
    }

    [Fact]
    public void A_single_value_keeps_its_type_but_a_concatenation_is_a_string()
    {
        AssertJson("{\"a\":true,\"b\":\"true foo\",\"c\":42,\"d\":\"42 foo\",\"e\":\"null x\"}", "a = true\nb = true foo\nc = 42\nd = 42 foo\ne = null x");
    }

    [Fact]
    public void Numbers_in_a_concatenation_keep_their_written_form()
    {
        AssertJson("{\"a\":\"1e5 items\",\"bind\":\"127.0.0.1\"}", "a = 1e5 items\nbind = 127.0.0.1");
    }

    [Fact]
    public void Multi_line_strings_keep_newlines_and_backslashes()
    {
        AssertJson("{\"motd\":\"Welcome!\\n  \\\\o/\"}", "motd = \"\"\"Welcome!\n  \\o/\"\"\"");
    }

    [Fact]
    public void Comments_after_values_are_ignored_but_hash_and_slashes_in_quotes_are_text()
    {
        AssertJson("{\"a\":1,\"url\":\"http://x/#y\"}", "a = 1 # comment\nurl = \"http://x/#y\" // comment");
    }

    [Fact]
    public void Path_keys_expand_to_nested_objects_and_merge()
    {
        AssertEquivalent("foo { bar : 42 }", "foo.bar : 42");
        AssertEquivalent("foo { bar { baz : 42 } }", "foo.bar.baz : 42");
        AssertEquivalent("a { x : 42, y : 43 }", "a.x : 42, a.y : 43");
    }

    [Fact]
    public void Keys_with_whitespace_are_one_element_and_keyword_keys_are_strings()
    {
        AssertEquivalent("\"a b c\" : 42", "a b c : 42");
        AssertEquivalent("\"true\" : 42", "true : 42");
    }

    [Theory]
    [InlineData("a..b = 1", 1, 1)]
    [InlineData(".a = 1", 1, 1)]
    [InlineData("a. = 1", 1, 1)]
    public void Empty_path_elements_must_be_errors(string text, int line, int column) =>
        AssertError(text, line, column, "path");

    [Fact]
    public void Include_is_special_only_at_the_start_of_a_key()
    {
        AssertJson("{\"foo include\":42}", "{ foo include : 42 }");
        AssertJson("{\"foo\":\"include\"}", "{ foo : include }");
        AssertJson("{\"a\":[\"include\"]}", "a = [ include ]");
        AssertJson("{\"include\":42}", "{ \"include\" : 42 }");
    }

    [Fact]
    public void Duplicate_objects_merge_and_later_non_objects_win()
    {
        AssertEquivalent("{ \"foo\" : { \"a\" : 42, \"b\" : 43 } }", "{ \"foo\" : { \"a\" : 42 }, \"foo\" : { \"b\" : 43 } }");
        AssertEquivalent("{ \"foo\" : { \"b\" : 43 } }", "{ \"foo\" : { \"a\" : 42 }, \"foo\" : null, \"foo\" : { \"b\" : 43 } }");
        AssertEquivalent("foo = { a : 42, b : 43, c : 6 }", "foo = { a : 42, c : 5 }\nfoo = { b : 43, c : 6 }");
    }

    [Fact]
    public void Arrays_need_commas_or_newlines_between_elements()
    {
        AssertJson("{\"a\":[\"1 2 3 4\"]}", "a = [ 1 2 3 4 ]");
        AssertJson("{\"a\":[1,2,3,4]}", "a = [ 1\n  2\n  3\n  4 ]");
        AssertJson("{\"a\":[[1,2,3,4]]}", "a = [ [ 1, 2 ] [ 3, 4 ] ]");
        AssertJson("{\"a\":[[1,2],[3,4]]}", "a = [ [ 1, 2 ]\n  [ 3, 4 ] ]");
    }

    [Fact]
    public void Objects_and_arrays_on_one_line_concatenate()
    {
        AssertEquivalent("a : { b : 1, c : 2 }", "a : { b : 1 } { c : 2 }");
        AssertEquivalent("a : { b : 1, c : 2 }", "a : { b : 1 }\na : { c : 2 }");
        AssertEquivalent("a : [ 1, 2, 3, 4 ]", "a : [ 1, 2 ] [ 3, 4 ]");
    }

    [Fact]
    public void Fields_keep_the_order_they_were_first_written_in()
    {
        Assert.Equal(["zeta", "alpha", "mid"], Parse("zeta = 1\nalpha = 2\nmid = 3\nzeta = 4").Fields.Select(f => f.Key));
    }

    [Theory]
    [InlineData("a { b = 1", 1, 10, "missing '}'")]
    [InlineData("a = 1\n}", 2, 1, "unbalanced '}'")]
    [InlineData("a = [1, 2", 1, 10, "missing ']'")]
    [InlineData("a = [1, 2}", 1, 10, "expected ']'")]
    [InlineData("a\nb = 1", 1, 2, "expected ':', '=', '+=' or '{'")]
    [InlineData("a =\n", 2, 1, "expected a value")]
    [InlineData("a = 1 b = 2", 1, 9, "expected ',' or a newline")]
    [InlineData("[1, 2]", 1, 1, "must be an object")]
    [InlineData("{ a = 1 } b", 1, 11, "after the closing")]
    [InlineData("a = ${b", 1, 5, "unterminated substitution")]
    [InlineData("= 1", 1, 1, "expected a key")]
    public void Syntax_errors_must_name_line_column_and_problem(string text, int line, int column, string message) =>
        AssertError(text, line, column, message);

    [Fact]
    public void Errors_must_name_the_file()
    {
        var error = Assert.Throws<HoconException>(() => HoconDocument.Parse("a = [", "conf/actormoo.conf", environment: _ => null));
        Assert.StartsWith("conf/actormoo.conf:1:6: ", error.Message, StringComparison.Ordinal);
    }
}
