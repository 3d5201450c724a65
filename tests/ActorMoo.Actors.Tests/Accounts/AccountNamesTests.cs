using ActorMoo.Actors.Accounts;

namespace ActorMoo.Actors.Tests.Accounts;

public sealed class AccountNamesTests
{
    private readonly AccountNames _names = new(new AccountSettings());

    [Theory]
    [InlineData("Alice")]
    [InlineData("bo")]
    [InlineData("Zed_the-3rd")]
    public void Good_names_must_be_accepted(string name) => Assert.Null(_names.Check(name));

    [Theory]
    [InlineData("A", "2 to 20 characters")]
    [InlineData("Abcdefghijklmnopqrstu", "2 to 20 characters")]
    [InlineData("3po", "start with a letter")]
    [InlineData("al ice", "only letters")]
    [InlineData("al{b}", "only letters")]
    [InlineData("Wizard", "reserved")]
    [InlineData("HERE", "reserved")]
    [InlineData("Guest7", "reserved")]
    public void Bad_names_must_be_refused_saying_why(string name, string why) =>
        Assert.Contains(why, _names.Check(name), StringComparison.Ordinal);

    [Fact]
    public void Name_rules_must_follow_the_configured_length() =>
        Assert.Null(new AccountNames(new AccountSettings { MinNameLength = 1 }).Check("A"));

    [Fact]
    public void Names_must_compare_without_case() => Assert.Equal(AccountNames.Normalize("ALiCe"), AccountNames.Normalize("alice"));

    [Theory]
    [InlineData("abc")]
    [InlineData("has space")]
    public void Weak_passwords_must_be_refused(string password) => Assert.NotNull(_names.CheckPassword(password));
}
