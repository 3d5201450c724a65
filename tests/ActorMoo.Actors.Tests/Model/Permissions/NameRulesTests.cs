using ActorMoo.Actors.Model;
using static ActorMoo.Actors.Tests.Support.Principals;

namespace ActorMoo.Actors.Tests.Model.Permissions;

public sealed class NameRulesTests
{
    [Fact]
    public void An_ordinary_object_name_is_accepted() => Allowed(NameRules.CheckObjectName("brass lamp"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("bad\u0007bell")]
    public void Blank_names_and_control_characters_are_refused(string name) =>
        Denied(NameRules.CheckObjectName(name), DenialKind.InvalidArgument);

    [Fact]
    public void Overlong_names_are_refused() =>
        Denied(NameRules.CheckObjectName(new string('x', NameRules.MaxObjectNameLength + 1)), DenialKind.InvalidArgument);

    [Theory]
    [InlineData("name")]
    [InlineData("Location")]
    [InlineData("aliases")]
    [InlineData("f")]
    [InlineData("wizard")]
    [InlineData("programmer")]
    public void Built_in_property_names_cannot_be_added(string name) =>
        Denied(NameRules.CheckPropertyName(name), DenialKind.InvalidArgument);

    // As in LambdaMOO the player flag is read and set by functions, so $player can be a property of #0.
    [Fact]
    public void Player_is_an_ordinary_property_name() => Allowed(NameRules.CheckPropertyName("player"));

    [Fact]
    public void A_property_name_may_not_contain_spaces() =>
        Denied(NameRules.CheckPropertyName("two words"), DenialKind.InvalidArgument);

    [Fact]
    public void An_ordinary_property_name_is_accepted() => Allowed(NameRules.CheckPropertyName("description"));

    [Fact]
    public void Verb_names_need_at_least_one_name()
    {
        Allowed(NameRules.CheckVerbNames("l*ook examine"));
        Denied(NameRules.CheckVerbNames("  "), DenialKind.InvalidArgument);
    }
}
