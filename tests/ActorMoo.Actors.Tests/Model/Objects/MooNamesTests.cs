using ActorMoo.Actors.Model;

namespace ActorMoo.Actors.Tests.Model.Objects;

public sealed class MooNamesTests
{
    [Fact]
    public void Names_compare_equal_ignoring_ASCII_case() =>
        Assert.True(MooNames.Equal("Description", "dEsCrIpTiOn"));

    [Fact]
    public void Non_letters_are_not_folded_together() =>
        Assert.False(MooNames.Equal("@", "`"));

    [Fact]
    public void Non_ASCII_letters_compare_exactly_as_in_LambdaMOO() =>
        Assert.False(MooNames.Equal("É", "é"));

    [Fact]
    public void Prefixes_are_recognised_ignoring_case()
    {
        Assert.True(MooNames.StartsWith("Brass Lamp", "brass l"));
        Assert.False(MooNames.StartsWith("Lamp", "lamps"));
    }

    [Fact]
    public void The_comparer_agrees_with_equality_for_hashing()
    {
        var set = new HashSet<string>(MooNames.Comparer) { "Color" };
        Assert.Contains("COLOR", set);
        Assert.DoesNotContain("colour", set);
    }
}
