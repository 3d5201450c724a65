using ActorMoo.Runtime.Sharding;

namespace ActorMoo.Runtime.Tests.Sharding.Shard;

public sealed class EntityNameTests
{
    [Theory]
    [InlineData("#42")]
    [InlineData("player-7")]
    [InlineData("a$b")]
    [InlineData("\u00e9t\u00e9")]
    public void An_id_that_is_a_valid_actor_name_must_be_its_own_name_without_copying(string id)
    {
        Assert.Same(id, EntityName.Encode(id));
        Assert.Equal(id, EntityName.Decode(id));
    }

    [Theory]
    [InlineData("room/lobby", "room%2Flobby")]
    [InlineData("$x", "%24x")]
    [InlineData("50% off", "50%25%20off")]
    [InlineData("tab\there", "tab%09here")]
    [InlineData("line\u2028sep", "line%u2028sep")]
    public void Reserved_characters_must_be_escaped_reversibly(string id, string name)
    {
        Assert.Equal(name, EntityName.Encode(id));
        Assert.Equal(id, EntityName.Decode(name));
    }

    [Fact]
    public void Encoded_names_must_contain_no_character_actor_names_forbid()
    {
        var ids = new[] { "/", "$", "%", " a ", "\0", "\u00a0", "x/y/z", "%41" };
        foreach (var id in ids)
        {
            var name = EntityName.Encode(id);
            Assert.DoesNotContain('/', name);
            Assert.False(name.StartsWith('$'), name);
            Assert.DoesNotContain(name, char.IsWhiteSpace);
            Assert.Equal(id, EntityName.Decode(name));
        }
    }

    [Fact]
    public void A_malformed_escape_must_be_rejected()
    {
        Assert.Throws<FormatException>(() => EntityName.Decode("bad%zz"));
        Assert.Throws<FormatException>(() => EntityName.Decode("short%u12"));
    }
}
