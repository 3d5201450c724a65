using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Runtime.Tests.Persistence.Journal;

public sealed class AtomicWriteTests
{
    [Fact]
    public void AtomicWrite_must_refuse_the_same_persistence_id_twice()
    {
        var error = Assert.Throws<ArgumentException>(() => new AtomicWrite([
            new EntityWrite("a", 0, [new CounterIncremented(1)]),
            new EntityWrite("a", 1, [new CounterIncremented(2)]),
        ]));

        Assert.Contains("'a'", error.Message);
    }

    [Fact]
    public void AtomicWrite_must_carry_at_least_one_entity()
    {
        Assert.Throws<ArgumentException>(() => new AtomicWrite([]));
    }

    [Fact]
    public void EntityWrite_must_carry_at_least_one_event_and_no_null()
    {
        Assert.Throws<ArgumentException>(() => new EntityWrite("a", 0, []));
        Assert.Throws<ArgumentException>(() => new EntityWrite("a", 0, [null!]));
    }

    [Fact]
    public void EntityWrite_must_refuse_a_negative_expected_sequence_number()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EntityWrite("a", -1, [new CounterIncremented(1)]));
    }

    [Fact]
    public void EntityWrite_must_know_the_sequence_number_it_leads_to()
    {
        var write = new EntityWrite("a", 7, [new CounterIncremented(1), new CounterIncremented(2)]);

        Assert.Equal(9, write.LastSequenceNr);
        Assert.Equal(new PersistedEvents("a", 8, write.Events), PersistedEvents.From(write));
    }
}
