using ActorMoo.Actors.Accounts;

namespace ActorMoo.Actors.Tests.Accounts;

public sealed class PasswordHasherTests
{
    [Fact]
    public void A_hash_must_verify_its_password_only()
    {
        var hash = PasswordHasher.Hash("correct horse", PasswordHasher.MinimumIterations);

        Assert.True(PasswordHasher.Verify("correct horse", hash));
        Assert.False(PasswordHasher.Verify("correct hors", hash));
    }

    [Fact]
    public void Hashes_must_be_salted_and_keep_their_parameters()
    {
        var a = PasswordHasher.Hash("same", PasswordHasher.MinimumIterations);
        var b = PasswordHasher.Hash("same", PasswordHasher.MinimumIterations);

        Assert.NotEqual(a.Salt, b.Salt);
        Assert.NotEqual(a.Hash, b.Hash);
        Assert.Equal(PasswordHasher.Algorithm, a.Algorithm);
        Assert.Equal(PasswordHasher.MinimumIterations, a.Iterations);
    }

    [Fact]
    public void Raising_the_cost_must_ask_for_a_rehash_and_keep_old_hashes_valid()
    {
        var old = PasswordHasher.Hash("pw", PasswordHasher.MinimumIterations);

        Assert.True(PasswordHasher.NeedsRehash(old, PasswordHasher.MinimumIterations * 2));
        Assert.False(PasswordHasher.NeedsRehash(old, PasswordHasher.MinimumIterations));
        Assert.True(PasswordHasher.Verify("pw", old));
    }

    [Fact]
    public void A_hash_must_not_show_its_secret_in_text()
    {
        var hash = PasswordHasher.Hash("pw", PasswordHasher.MinimumIterations);

        Assert.DoesNotContain(hash.Hash, hash.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(hash.Salt, hash.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_hash_must_not_verify() =>
        Assert.False(PasswordHasher.Verify("pw", new PasswordHash(PasswordHasher.Algorithm, 1000, "not base64!", "x")));
}
