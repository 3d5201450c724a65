using ActorMoo.Host.Configuration.Hocon;
using ActorMoo.Host.Tests.Support;
using static ActorMoo.Host.Tests.Support.Hocon;

namespace ActorMoo.Host.Tests.Configuration.Hocon;

/// <summary>The include sections of HOCON.md, with files in a private directory.</summary>
public sealed class HoconFileLoaderTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private HoconObject Load(string mainText)
    {
        string main = _directory.Write("main.conf", mainText);
        return HoconDocument.Load([HoconInput.FromFile(main)], _ => null).Root;
    }

    [Fact]
    public void Includes_are_found_next_to_the_including_file_not_in_the_working_directory()
    {
        _directory.Write("conf/net.conf", "include \"ports.conf\"\nbind = 127.0.0.1");
        _directory.Write("conf/ports.conf", "telnet = 7777");
        Assert.Equal("{\"network\":{\"bind\":\"127.0.0.1\",\"telnet\":7777}}", Canonical(Load("network { include \"conf/net.conf\" }")));
    }

    [Fact]
    public void A_missing_include_is_ignored_but_a_missing_required_include_is_an_error()
    {
        Assert.Equal("{\"a\":1}", Canonical(Load("include \"nowhere.conf\"\na = 1")));
        var error = Assert.Throws<HoconException>(() => Load("a = 1\ninclude required(\"nowhere.conf\")"));
        Assert.Equal((2, 1), (error.Origin.Line, error.Origin.Column));
        Assert.EndsWith("main.conf", error.Origin.Source, StringComparison.Ordinal);
        Assert.Contains("required include \"nowhere.conf\" not found", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void File_and_required_wrappers_are_accepted_with_whitespace()
    {
        _directory.Write("x.conf", "x = 1");
        Assert.Equal("{\"x\":1}", Canonical(Load("include file(\"x.conf\")")));
        Assert.Equal("{\"x\":1}", Canonical(Load("include required( \"x.conf\" )")));
        Assert.Equal("{\"x\":1}", Canonical(Load("include\n  required(file(\"x.conf\"))")));
    }

    [Fact]
    public void An_include_without_extension_loads_json_then_conf()
    {
        _directory.Write("defaults.json", "{ \"a\": 1, \"b\": 1 }");
        _directory.Write("defaults.conf", "b = 2");
        Assert.Equal("{\"a\":1,\"b\":2}", Canonical(Load("include \"defaults\"")));
    }

    [Fact]
    public void Included_keys_merge_with_keys_before_and_are_overridden_by_keys_after()
    {
        _directory.Write("inc.conf", "a { x = 2 }\nb = included");
        Assert.Equal("{\"a\":{\"w\":1,\"x\":2},\"b\":\"after\"}", Canonical(Load("a { w = 1, x = 1 }\ninclude \"inc.conf\"\nb = after")));
    }

    [Fact]
    public void Substitutions_in_an_included_file_are_fixed_up_below_the_include()
    {
        _directory.Write("foo.conf", "{ x : 10, y : ${x} }");
        Assert.Equal("{\"a\":{\"x\":10,\"y\":10}}", Canonical(Load("{ a : { include \"foo.conf\" } }")));
        Assert.Equal("{\"a\":{\"x\":42,\"y\":42}}", Canonical(Load("{\n  a : { include \"foo.conf\" }\n  a : { x : 42 }\n}")));
    }

    [Fact]
    public void Substitutions_in_an_included_file_may_also_refer_to_the_root()
    {
        _directory.Write("foo.conf", "port = ${base-port}");
        Assert.Equal("{\"base-port\":7000,\"telnet\":{\"port\":7000}}", Canonical(Load("base-port = 7000\ntelnet { include \"foo.conf\" }")));
    }

    [Fact]
    public void Plus_equals_in_an_included_file_appends_below_the_include()
    {
        _directory.Write("more.conf", "hosts += b");
        Assert.Equal("{\"net\":{\"hosts\":[\"a\",\"b\"]}}", Canonical(Load("net { hosts = [a] }\nnet { include \"more.conf\" }")));
    }

    [Fact]
    public void An_include_cycle_is_an_error()
    {
        _directory.Write("a.conf", "include \"b.conf\"");
        _directory.Write("b.conf", "include \"a.conf\"");
        var error = Assert.Throws<HoconException>(() => Load("include \"a.conf\""));
        Assert.Contains("include cycle", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_included_file_must_hold_an_object()
    {
        _directory.Write("list.conf", "[1, 2]");
        var error = Assert.Throws<HoconException>(() => Load("include \"list.conf\""));
        Assert.EndsWith("list.conf", error.Origin.Source, StringComparison.Ordinal);
        Assert.Contains("must be an object", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_in_an_included_file_names_that_file()
    {
        _directory.Write("broken.conf", "ok = 1\nbad = [");
        var error = Assert.Throws<HoconException>(() => Load("include \"broken.conf\""));
        Assert.Equal((Path.Combine(_directory.Path, "broken.conf"), 2, 8), (error.Origin.Source, error.Origin.Line, error.Origin.Column));
    }

    [Theory]
    [InlineData("include foo.conf", "must be followed by a quoted file name")]
    [InlineData("include url(\"http://example.com/a.conf\")", "not supported")]
    [InlineData("include classpath(\"a.conf\")", "not supported")]
    [InlineData("include required(\"a.conf\"", "must be followed by a quoted file name")]
    [InlineData("include", "must be followed by a quoted file name")]
    public void Malformed_includes_are_errors(string text, string message)
    {
        var error = Assert.Throws<HoconException>(() => Load(text));
        Assert.Contains(message, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_include_from_text_without_a_directory_is_an_error()
    {
        var error = Assert.Throws<HoconException>(() => Parse("include \"x.conf\""));
        Assert.Contains("relative path", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_file_is_an_error_and_an_optional_one_contributes_nothing()
    {
        string missing = Path.Combine(_directory.Path, "missing.conf");
        var error = Assert.Throws<HoconException>(() => HoconDocument.Load([HoconInput.FromFile(missing)], _ => null));
        Assert.Equal(missing, error.Origin.Source);
        Assert.Contains("not found", error.Reason, StringComparison.Ordinal);
        Assert.Equal(0, HoconDocument.Load([HoconInput.FromFile(missing, optional: true)], _ => null).Root.Count);
    }

    [Fact]
    public void The_files_read_are_reported_in_order()
    {
        string inc = _directory.Write("inc.conf", "b = 1");
        string main = _directory.Write("main.conf", "a = 1\ninclude \"inc.conf\"");
        Assert.Equal([main, inc], HoconDocument.Load([HoconInput.FromFile(main)], _ => null).Files);
    }
}
