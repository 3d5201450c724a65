using ActorMoo.Actors.World.Objects;
using ActorMoo.Runtime.Core;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Objects;

public sealed class ObjectIdAllocatorTests : WorldTestKit
{
    [Fact]
    public async Task Allocator_must_hand_out_consecutive_fresh_ids()
    {
        Assert.Equal(new ObjectId(0), await Objects.AllocateIdAsync());
        Assert.Equal(new ObjectId(1), await Objects.AllocateIdAsync());
    }

    [Fact]
    public async Task Allocator_must_never_reuse_an_id_after_a_restart()
    {
        await Objects.AllocateIdAsync();
        await Objects.AllocateIdAsync();

        // A second incarnation over the same journal, as after a crash.
        var restarted = ActorOf(ObjectIdAllocator.Props(Persistence.Runtime, firstId: 0), "object-ids-again");
        var next = await restarted.Ask<ObjectIdAllocator.Allocated>(ObjectIdAllocator.Allocate.Instance, TimeSpan.FromSeconds(10));

        Assert.Equal(new ObjectId(2), next.Id);
    }
}
