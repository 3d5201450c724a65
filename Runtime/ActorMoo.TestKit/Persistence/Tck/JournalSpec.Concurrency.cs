using ActorMoo.Runtime.Persistence;
using Xunit;

namespace ActorMoo.TestKit.Persistence.Tck;

public abstract partial class JournalSpec
{
    /// <summary>
    /// Many writers at once, each appending to its own id: group commit acknowledges every write and
    /// every acknowledged event is stored, in order, without gaps.
    /// </summary>
    [Fact]
    public async Task Journal_must_acknowledge_and_store_every_write_of_many_concurrent_writers()
    {
        const int writers = 40;
        const int writesEach = 15;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < writesEach; i++)
                await Journal.WriteAsync(Id($"w{w}"), i * 2, Events(2, first: (i * 2) + 1));
        })));

        for (var w = 0; w < writers; w++)
        {
            var events = await ReadAllOf(Id($"w{w}"));
            Assert.Equal(Enumerable.Range(1, writesEach * 2), Numbers(events));
        }
        Assert.Equal(writers * writesEach, Journal.Statistics.WritesAccepted);
    }

    /// <summary>Writers racing for the same sequence number: exactly one wins, the rest get a conflict.</summary>
    [Fact]
    public async Task Journal_must_accept_exactly_one_of_several_writers_racing_for_the_same_sequence_number()
    {
        var attempts = Enumerable.Range(1, 12)
            .Select(n => Task.Run(() => Journal.WriteAsync(new AtomicWrite([
                new EntityWrite(Id("contested"), 0, [new TckEvent("attempt", n)]),
                new EntityWrite(Id($"side-{n}"), 0, [new TckEvent("side", n)]),
            ]))))
            .ToList();

        var outcomes = await Task.WhenAll(attempts.Select(async t =>
        {
            try
            {
                await t;
                return (Exception?)null;
            }
            catch (Exception ex)
            {
                return ex;
            }
        }));

        Assert.Single(outcomes, o => o is null);
        Assert.All(outcomes.Where(o => o is not null), o => Assert.IsType<SequenceConflictException>(o));
        var winner = ((TckEvent)Assert.Single(await ReadAllOf(Id("contested"))).Event).Number;
        for (var n = 1; n <= 12; n++)
            Assert.Equal(n == winner ? 1 : 0, (await ReadAllOf(Id($"side-{n}"))).Count);
    }

    /// <summary>
    /// A writer on another storage (another process or node) that holds a stale sequence number is
    /// refused: the fence a cluster relies on when a shard moves.
    /// </summary>
    [Fact]
    public async Task Journal_must_fence_a_writer_of_another_storage_with_a_stale_sequence_number()
    {
        await using var other = new EventJournal(await OpenAnotherStorageAsync(), TckSerialization.CreateSerializer(), JournalOptions, TimeProvider.System);
        await Journal.WriteAsync(Id("entity"), 0, Events(2));

        await other.WriteAsync(Id("entity"), 2, Events(1, first: 3));
        var stale = await Assert.ThrowsAsync<SequenceConflictException>(() => Journal.WriteAsync(Id("entity"), 2, Events(1, first: 99)));

        Assert.Equal(new SequenceConflict(Id("entity"), 2, 3), Assert.Single(stale.Conflicts));
        Assert.Equal(new[] { 1, 2, 3 }, Numbers(await ReadAllOf(Id("entity"))));
    }
}
