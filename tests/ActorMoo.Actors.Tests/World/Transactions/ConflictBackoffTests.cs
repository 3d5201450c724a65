using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Transactions;

namespace ActorMoo.Actors.Tests.World.Transactions;

public sealed class ConflictBackoffTests
{
    private static readonly WorldSettings Settings = new()
    {
        ConflictBackoffAfter = 2,
        ConflictBackoffBase = TimeSpan.FromMilliseconds(1),
        ConflictBackoffMax = TimeSpan.FromMilliseconds(50),
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Conflicts_up_to_the_threshold_must_re_run_at_once(int conflicts) =>
        Assert.Equal(TimeSpan.Zero, ConflictBackoff.DelayAfter(conflicts, Settings, random: 0.99));

    [Fact]
    public void Bound_must_double_with_each_further_conflict_from_the_base()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(1), ConflictBackoff.DelayAfter(3, Settings, random: 1.0));
        Assert.Equal(TimeSpan.FromMilliseconds(2), ConflictBackoff.DelayAfter(4, Settings, random: 1.0));
        Assert.Equal(TimeSpan.FromMilliseconds(4), ConflictBackoff.DelayAfter(5, Settings, random: 1.0));
    }

    [Fact]
    public void Delay_must_never_exceed_the_cap_however_many_conflicts()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(50), ConflictBackoff.DelayAfter(40, Settings, random: 1.0));
        Assert.Equal(TimeSpan.FromMilliseconds(50), ConflictBackoff.DelayAfter(int.MaxValue, Settings, random: 1.0));
    }

    [Fact]
    public void Delay_must_be_the_random_fraction_of_the_bound()
    {
        Assert.Equal(TimeSpan.Zero, ConflictBackoff.DelayAfter(10, Settings, random: 0));
        Assert.Equal(TimeSpan.FromMilliseconds(25), ConflictBackoff.DelayAfter(10, Settings, random: 0.5));
    }

    [Fact]
    public void Zero_base_must_turn_the_back_off_off() =>
        Assert.Equal(TimeSpan.Zero, ConflictBackoff.DelayAfter(10, Settings with { ConflictBackoffBase = TimeSpan.Zero }, random: 0.9));

    [Fact]
    public void Settings_must_refuse_a_cap_below_the_base() =>
        Assert.Throws<ArgumentException>(() => (Settings with { ConflictBackoffMax = TimeSpan.Zero }).Validate());
}
