using ActorMoo.Actors.Model;

namespace ActorMoo.Actors.Tests.Model.Verbs;

public sealed class VerbPermissionsTextTests
{
    [Fact]
    public void Bits_are_written_in_rwxd_order() =>
        Assert.Equal("rxd", VerbPermissionsText.Format(VerbPermissions.Debug | VerbPermissions.Read | VerbPermissions.Execute));

    [Fact]
    public void Letters_are_read_in_any_order_and_case()
    {
        Assert.True(VerbPermissionsText.TryParse("DxR", out var permissions));
        Assert.Equal(VerbPermissions.Read | VerbPermissions.Execute | VerbPermissions.Debug, permissions);
    }

    [Fact]
    public void A_foreign_letter_is_refused() =>
        Assert.False(VerbPermissionsText.TryParse("rc", out _));

    [Fact]
    public void No_bits_are_written_as_nothing() =>
        Assert.Equal("", VerbPermissionsText.Format(VerbPermissions.None));
}
