using static ActorMoo.Host.Tests.Support.Hocon;

namespace ActorMoo.Host.Tests.Configuration.Hocon;

/// <summary>The "Examples of HOCON" of Lightbend's README: every form must mean the same tree.</summary>
public class HoconDocumentTests
{
    private const string Json = "{\n    \"foo\" : {\n        \"bar\" : 10,\n        \"baz\" : 12\n    }\n}";

    [Theory]
    [InlineData("\"foo\" : {\n    \"bar\" : 10,\n    \"baz\" : 12\n}")]
    [InlineData("foo : {\n    bar : 10,\n    baz : 12\n}")]
    [InlineData("foo {\n    bar = 10,\n    baz = 12\n}")]
    [InlineData("foo {\n    bar = 10\n    baz = 12\n}")]
    [InlineData("foo.bar=10\nfoo.baz=12")]
    [InlineData("foo.bar=10, foo.baz=12")]
    public void Every_example_of_hocon_means_the_same_as_the_json(string hocon)
    {
        AssertEquivalent(Json, hocon);
        AssertJson("{\"foo\":{\"bar\":10,\"baz\":12}}", hocon);
    }

    [Fact]
    public void Merging_three_objects_in_priority_order_keeps_only_adjacent_objects_together()
    {
        // Spec, "Config object merging and file merging": an intermediate non-object hides earlier objects.
        AssertJson("{\"a\":{\"x\":1}}", "a : { y : 2 }\na : 42\na : { x : 1 }");
        AssertJson("{\"a\":{\"x\":1,\"y\":2}}", "a : 42\na : { y : 2 }\na : { x : 1 }");
    }

    [Fact]
    public void Value_concatenation_joins_a_number_and_a_string()
    {
        AssertJson("{\"key\":\"42 foo\"}", "key : 42 foo");
    }

    [Fact]
    public void A_realistic_server_configuration_resolves()
    {
        const string text = """"
            # defaults
            app {
              name = ActorMoo
              data-dir = "./data"
              data-dir = ${?DATA}
              db-file = ${app.data-dir}/world.db
              timeouts { ask = 10s, idle = 2m }
              ports = [7777, 7778]
              ports += 8080
              motd = """Welcome to ${app.name}!
            Have fun."""
            }
            app.timeouts.ask = 5s
            """";
        AssertJson(
            "{\"app\":{\"data-dir\":\"/srv\",\"db-file\":\"/srv/world.db\",\"motd\":\"Welcome to ${app.name}!\\nHave fun.\",\"name\":\"ActorMoo\",\"ports\":[7777,7778,8080],\"timeouts\":{\"ask\":\"5s\",\"idle\":\"2m\"}}}",
            text,
            new Dictionary<string, string> { ["DATA"] = "/srv" });
    }
}
