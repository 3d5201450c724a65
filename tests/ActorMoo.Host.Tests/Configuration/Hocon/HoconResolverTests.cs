using ActorMoo.Host.Configuration.Hocon;
using static ActorMoo.Host.Tests.Support.Hocon;

namespace ActorMoo.Host.Tests.Configuration.Hocon;

/// <summary>The substitution sections of HOCON.md and the README's "uses of substitutions", written in as test cases.</summary>
public class HoconResolverTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Fact]
    public void A_substitution_factors_out_a_common_value_and_keeps_its_type()
    {
        AssertJson("{\"bar\":{\"timeout\":\"10ms\"},\"foo\":{\"timeout\":\"10ms\"},\"standard-timeout\":\"10ms\"}",
            "standard-timeout = 10ms\nfoo.timeout = ${standard-timeout}\nbar.timeout = ${standard-timeout}");
        AssertJson("{\"a\":42,\"b\":42,\"c\":{\"x\":[1]},\"d\":{\"x\":[1]}}", "a = 42\nb = ${a}\nc.x = [1]\nd = ${c}");
    }

    [Fact]
    public void A_substitution_looks_forward_to_the_final_value()
    {
        AssertJson("{\"a\":2,\"b\":2}", "b = ${a}\na = 1\na = 2");
    }

    [Fact]
    public void Inheritance_merges_a_substituted_object_with_a_later_one()
    {
        const string expected = "data-center-generic = { cluster-size = 6 }\n"
            + "data-center-east = { cluster-size = 6, name = \"east\" }\n"
            + "data-center-west = { cluster-size = 8, name = \"west\" }";
        AssertEquivalent(expected,
            "data-center-generic = { cluster-size = 6 }\n"
            + "data-center-east = ${data-center-generic}\n"
            + "data-center-east = { name = \"east\" }\n"
            + "data-center-west = ${data-center-generic}\n"
            + "data-center-west = { name = \"west\", cluster-size = 8 }");
        AssertEquivalent(expected,
            "data-center-generic = { cluster-size = 6 }\n"
            + "data-center-east = ${data-center-generic} { name = \"east\" }\n"
            + "data-center-west = ${data-center-generic} { name = \"west\", cluster-size = 8 }");
    }

    [Fact]
    public void An_optional_substitution_overrides_only_when_it_is_defined()
    {
        const string text = "basedir = \"/whatever/whatever\"\nbasedir = ${?FORCED_BASEDIR}";
        AssertJson("{\"basedir\":\"/whatever/whatever\"}", text, NoEnvironment);
        AssertJson("{\"basedir\":\"/forced\"}", text, new Dictionary<string, string> { ["FORCED_BASEDIR"] = "/forced" });
    }

    [Fact]
    public void An_undefined_optional_array_element_disappears()
    {
        const string text = "path = [ \"a\", ${?OPTIONAL_A} ]";
        AssertJson("{\"path\":[\"a\"]}", text, NoEnvironment);
        AssertJson("{\"path\":[\"a\",\"b\"]}", text, new Dictionary<string, string> { ["OPTIONAL_A"] = "b" });
    }

    [Fact]
    public void Substitutions_concatenate_into_strings()
    {
        AssertJson("{\"base-url\":\"http://x\",\"tasks-url\":\"http://x/tasks\"}", "base-url = \"http://x\"\ntasks-url : ${base-url}/tasks");
        AssertJson("{\"animal\":{\"favorite\":\"cat\"},\"key\":\"cat is my favorite animal\"}",
            "animal.favorite = cat\nkey : ${animal.favorite} is my favorite animal");
        AssertJson("{\"animal\":{\"favorite\":\"cat\"},\"key\":\"cat is my favorite animal\"}",
            "animal.favorite = cat\nkey : ${animal.favorite}\" is my favorite animal\"");
    }

    [Fact]
    public void Substitutions_inside_quotes_are_plain_text()
    {
        AssertJson("{\"a\":\"${b}\"}", "a = \"${b}\"");
    }

    [Fact]
    public void A_self_reference_builds_on_the_earlier_value_of_the_field()
    {
        AssertJson("{\"path\":\"/bin:/usr/bin\"}", "path : \"/bin\"\npath : ${path}\":/usr/bin\"");
        AssertJson("{\"path\":\"a:b:c:d\"}", "path : \"a:b:c\"\npath : ${path}\":d\"");
        AssertJson("{\"path\":[\"/bin\",\"/usr/bin\"]}", "path : [ \"/bin\" ]\npath : ${path} [ \"/usr/bin\" ]");
        AssertEquivalent("a : [ 1, 2, 3, 4 ]", "a : [ 1, 2 ]\na : ${a} [ 3, 4 ]");
    }

    [Fact]
    public void Plus_equals_appends_to_an_earlier_array_or_starts_one()
    {
        AssertJson("{\"path\":[\"/bin\",\"/usr/bin\"]}", "path = [ \"/bin\" ]\npath += \"/usr/bin\"");
        AssertJson("{\"a\":[\"b\"]}", "a += b");
        AssertJson("{\"x\":{\"a\":[1,2]}}", "x.a += 1\nx { a += 2 }");
    }

    [Fact]
    public void Plus_equals_on_a_non_array_is_an_error()
    {
        HoconException error = Assert.Throws<HoconException>(() => Parse("a = 1\na += 2"));
        Assert.Equal(2, error.Origin.Line);
        Assert.Contains("cannot concatenate a number with an array", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_optional_self_reference_with_nothing_before_it_is_empty()
    {
        AssertJson("{\"a\":\"foo\"}", "a = ${?a}foo");
        AssertJson("{}", "foo : ${?foo}");
        AssertJson("{\"a\":\"\"}", "a = ${?bar}${?baz}");
    }

    [Fact]
    public void A_self_reference_refers_to_the_overridden_value()
    {
        AssertJson("{\"foo\":{\"a\":1}}", "foo : { a : 1 }\nfoo : ${foo}");
    }

    [Fact]
    public void A_self_reference_before_any_value_is_an_error()
    {
        AssertError("foo : ${foo}", 1, 7, "no earlier definition");
        AssertError("foo : ${foo}\nfoo : { a : 1 }", 1, 7, "no earlier definition");
    }

    [Fact]
    public void A_substitution_hidden_by_a_later_plain_value_is_never_evaluated()
    {
        AssertJson("{\"foo\":42}", "foo : ${does-not-exist}\nfoo : 42");
        AssertJson("{\"foo\":42}", "foo : ${foo}, foo : 42");
    }

    [Fact]
    public void A_self_reference_through_a_path_sees_the_value_below()
    {
        AssertJson("{\"foo\":{\"a\":2,\"c\":1}}", "foo : { a : { c : 1 } }\nfoo : ${foo.a}\nfoo : { a : 2 }");
    }

    [Fact]
    public void An_object_may_refer_to_its_own_fields_and_sees_their_final_value()
    {
        AssertJson("{\"bar\":{\"baz\":42,\"foo\":42}}", "bar : { foo : 42,\n        baz : ${bar.foo}\n      }");
        AssertJson("{\"bar\":{\"baz\":43,\"foo\":43}}", "bar : { foo : 42,\n        baz : ${bar.foo}\n      }\nbar : { foo : 43 }");
    }

    [Fact]
    public void Mutually_referring_objects_resolve()
    {
        AssertJson("{\"bar\":{\"a\":4,\"b\":3},\"foo\":{\"c\":3,\"d\":4}}",
            "bar : { a : ${foo.d}, b : 1 }\nbar.b = 3\nfoo : { c : ${bar.b}, d : 2 }\nfoo.d = 4");
    }

    [Fact]
    public void A_self_reference_inside_a_nested_field_sees_the_earlier_nested_value()
    {
        AssertJson("{\"a\":{\"b\":[1,2]}}", "a { b = [1] }\na { b = ${a.b} [2] }");
        AssertJson("{\"base\":{\"list\":[0]},\"x\":{\"list\":[0,1]}}", "base.list = [0]\nx = ${base}\nx { list += 1 }");
    }

    [Fact]
    public void An_object_merged_over_a_substitution_cannot_refer_to_its_own_fields_and_says_so()
    {
        // A known limit of this resolver (README "Configuration"): reported, never silently wrong.
        HoconException error = Assert.Throws<HoconException>(() => Parse("base = { y = 1 }\na = ${base}\na { x = ${a.y} }"));
        Assert.Contains("circular substitution", error.Reason, StringComparison.Ordinal);
        Assert.Equal((3, 9), (error.Origin.Line, error.Origin.Column));
    }

    [Theory]
    [InlineData("bar : ${foo}\nfoo : ${bar}")]
    [InlineData("a : ${b}\nb : ${c}\nc : ${a}")]
    [InlineData("a : { b : ${a} }")]
    [InlineData("a : [${a}]")]
    public void Cycles_must_be_errors(string text)
    {
        HoconException error = Assert.Throws<HoconException>(() => Parse(text));
        Assert.Matches("circular|no earlier definition", error.Reason);
    }

    [Fact]
    public void An_undefined_substitution_is_an_error_naming_path_and_position()
    {
        HoconException error = AssertError("a = 1\nb = x${nope.here}", 2, 6, "there is no 'nope.here'");
        Assert.Contains("environment variable 'nope.here'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_substitution_falls_back_to_the_environment()
    {
        var environment = new Dictionary<string, string> { ["ACTORMOO_DATA_DIR"] = "/srv/moo", ["HOME"] = "/home/wiz" };
        AssertJson("{\"dir\":\"/srv/moo\",\"logs\":\"/home/wiz/logs\"}", "dir = ${?ACTORMOO_DATA_DIR}\nlogs = ${HOME}/logs", environment);
    }

    [Fact]
    public void A_value_set_to_null_is_not_looked_up_in_the_environment()
    {
        var environment = new Dictionary<string, string> { ["HOME"] = "/home/wiz" };
        AssertJson("{\"HOME\":null,\"x\":null}", "HOME : null\nx = ${HOME}", environment);
    }

    [Fact]
    public void Objects_cannot_concatenate_with_strings()
    {
        HoconException error = AssertError("a = { b = 1 }\nc = ${a} text", 2, 5, "cannot concatenate an object with a string");
        Assert.NotNull(error);
    }
}
