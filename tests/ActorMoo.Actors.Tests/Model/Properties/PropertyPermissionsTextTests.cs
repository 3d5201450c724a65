using ActorMoo.Actors.Model;

namespace ActorMoo.Actors.Tests.Model.Properties;

public sealed class PropertyPermissionsTextTests
{
    [Fact]
    public void Bits_are_written_in_rwc_order() =>
        Assert.Equal("rc", PropertyPermissionsText.Format(PropertyPermissions.Chown | PropertyPermissions.Read));

    [Fact]
    public void Letters_are_read_in_any_order_and_case()
    {
        Assert.True(PropertyPermissionsText.TryParse("CwR", out var permissions));
        Assert.Equal(PropertyPermissions.Read | PropertyPermissions.Write | PropertyPermissions.Chown, permissions);
    }

    [Fact]
    public void A_verb_letter_is_refused_for_a_property() =>
        Assert.False(PropertyPermissionsText.TryParse("rx", out _));
}
