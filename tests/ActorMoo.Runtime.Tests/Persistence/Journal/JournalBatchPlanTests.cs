using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Runtime.Tests.Persistence.Journal;

public sealed class JournalBatchPlanTests
{
    private static SerializedAtomicWrite Write(params (string Id, long Expected, int Count)[] entities) =>
        new([.. entities.Select(e => new SerializedEntityWrite(e.Id, e.Expected,
                [.. Enumerable.Range(0, e.Count).Select(_ => new SerializedPayload("m", [1]))]))],
            DateTimeOffset.UnixEpoch,
            "w");

    [Fact]
    public void Plan_must_assign_consecutive_sequence_numbers_after_the_expected_one()
    {
        var plan = JournalBatchPlan.Create([Write(("a", 4, 2), ("b", 0, 1))], new Dictionary<string, long> { ["a"] = 4 });

        Assert.Equal([("a", 5L), ("a", 6L), ("b", 1L)], plan.AcceptedEvents.Select(e => (e.PersistenceId, e.SequenceNr)));
        Assert.Equal(6, plan.HighestSequenceNrs["a"]);
        Assert.Equal(1, plan.HighestSequenceNrs["b"]);
    }

    [Fact]
    public void Plan_must_list_every_stale_id_of_a_refused_write_and_insert_none_of_it()
    {
        var plan = JournalBatchPlan.Create([Write(("a", 1, 1), ("b", 0, 1), ("c", 3, 1))], new Dictionary<string, long> { ["a"] = 2, ["c"] = 3 });

        Assert.Empty(plan.AcceptedEvents);
        Assert.Equal([new SequenceConflict("a", 1, 2)], plan.Results[0].Conflicts);
    }

    [Fact]
    public void PersistenceIdsOf_must_name_each_id_of_a_batch_once()
    {
        var ids = JournalBatchPlan.PersistenceIdsOf([Write(("a", 0, 1), ("b", 0, 1)), Write(("a", 1, 1))]);

        Assert.Equal(["a", "b"], ids.Order());
    }
}
