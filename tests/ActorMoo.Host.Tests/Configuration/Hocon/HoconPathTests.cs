using ActorMoo.Host.Configuration.Hocon;

namespace ActorMoo.Host.Tests.Configuration.Hocon;

public class HoconPathTests
{
    [Fact]
    public void Dots_split_path_elements_outside_quotes_only()
    {
        Assert.Equal(["foo", "bar", "hello.world"], HoconPath.Parse("foo.bar.\"hello.world\"").Segments);
        Assert.Equal(["10", "0foo"], HoconPath.Parse("10.0foo").Segments);
        Assert.Equal(["foo10", "0"], HoconPath.Parse("foo10.0").Segments);
        Assert.Equal(["foo10.0"], HoconPath.Parse("foo\"10.0\"").Segments);
        Assert.Equal(["a", "", "b"], HoconPath.Parse("a.\"\".b").Segments);
        Assert.Equal(["a b", "c"], HoconPath.Parse(" a b.c ").Segments);
    }

    [Theory]
    [InlineData("a..b")]
    [InlineData(".a")]
    [InlineData("a.")]
    [InlineData("")]
    [InlineData("a:b")]
    public void Malformed_path_expressions_are_rejected(string expression) =>
        Assert.Throws<HoconException>(() => HoconPath.Parse(expression));

    [Fact]
    public void Rendering_quotes_only_the_elements_that_need_it_and_reads_back_the_same()
    {
        HoconPath path = HoconPath.Of("actormoo", "logging", "Microsoft.AspNetCore", "", "say \"hi\"", "0");
        Assert.Equal("actormoo.logging.\"Microsoft.AspNetCore\".\"\".\"say \\\"hi\\\"\".0", path.ToString());
        Assert.Equal(path, HoconPath.Parse(path.ToString()));
    }

    [Fact]
    public void Paths_convert_to_configuration_keys_and_environment_names()
    {
        HoconPath path = HoconPath.Parse("actormoo.storage.data-dir");
        Assert.Equal("actormoo:storage:data-dir", path.ToConfigurationKey());
        Assert.Equal("actormoo.storage.data-dir", path.ToEnvironmentName());
    }

    [Fact]
    public void A_path_starts_with_itself_and_its_ancestors_only()
    {
        HoconPath path = HoconPath.Parse("a.b.c");
        Assert.True(path.StartsWith(HoconPath.Parse("a.b")));
        Assert.True(path.StartsWith(path));
        Assert.True(path.StartsWith(HoconPath.Root));
        Assert.False(path.StartsWith(HoconPath.Parse("a.bc")));
        Assert.False(HoconPath.Parse("a").StartsWith(path));
        Assert.Equal(HoconPath.Parse("c"), path.Skip(2));
    }
}
