using ActorMoo.Net.Web;
using ActorMoo.Net.Web.Tokens;
using ActorMoo.TestKit;

namespace ActorMoo.Net.Tests.Web.Tokens;

public sealed class TokenStoreTests
{
    private readonly ManualTimeProvider _clock = new();

    private TokenStore Store(WebSettings? settings = null) => new(settings ?? new WebSettings { TokenLifetime = TimeSpan.FromHours(1) }, _clock);

    [Fact]
    public void Issued_token_must_stand_for_its_player_until_it_expires()
    {
        var store = Store();
        var issued = store.Issue(7, "Alice");

        Assert.Equal(new TokenIdentity(7, "Alice", _clock.GetUtcNow() + TimeSpan.FromHours(1)), store.Validate(issued.Token));
        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.NotNull(store.Validate(issued.Token));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(store.Validate(issued.Token));
    }

    [Fact]
    public void Tokens_must_be_256_random_bits_in_base64url()
    {
        var store = Store();
        var first = store.Issue(1, "A").Token;
        var second = store.Issue(1, "A").Token;

        Assert.NotEqual(first, second);
        Assert.Equal(43, first.Length);
        Assert.All(first, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_', $"'{c}' is not base64url"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Unknown_or_malformed_tokens_must_be_refused(string? token)
    {
        var store = Store();
        store.Issue(1, "A");

        Assert.Null(store.Validate(token));
        Assert.False(store.Revoke(token));
    }

    [Fact]
    public void Revoked_token_must_be_refused_and_leave_others_valid()
    {
        var store = Store();
        var first = store.Issue(1, "A").Token;
        var second = store.Issue(1, "A").Token;

        Assert.True(store.Revoke(first));
        Assert.Null(store.Validate(first));
        Assert.False(store.Revoke(first));
        Assert.NotNull(store.Validate(second));
    }

    [Fact]
    public void RevokeAll_must_end_every_token_of_one_player_only()
    {
        var store = Store();
        var alice = new[] { store.Issue(1, "A").Token, store.Issue(1, "A").Token };
        var bob = store.Issue(2, "B").Token;

        Assert.Equal(2, store.RevokeAll(1));
        Assert.All(alice, token => Assert.Null(store.Validate(token)));
        Assert.NotNull(store.Validate(bob));
    }

    [Fact]
    public void Issuing_beyond_the_per_player_limit_must_revoke_the_oldest_token()
    {
        var store = Store(new WebSettings { MaxTokensPerPlayer = 2 });
        var oldest = store.Issue(1, "A").Token;
        _clock.Advance(TimeSpan.FromSeconds(1));
        var middle = store.Issue(1, "A").Token;
        _clock.Advance(TimeSpan.FromSeconds(1));
        var newest = store.Issue(1, "A").Token;

        Assert.Null(store.Validate(oldest));
        Assert.NotNull(store.Validate(middle));
        Assert.NotNull(store.Validate(newest));
        Assert.Equal(2, store.Count);
    }

    [Fact]
    public void Invalid_settings_must_be_refused_naming_the_setting()
    {
        var error = Assert.Throws<ArgumentException>(() => Store(new WebSettings { TokenLifetime = TimeSpan.Zero }));
        Assert.Contains(nameof(WebSettings.TokenLifetime), error.Message);
    }
}
