using System.Threading.Tasks.Sources;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Scripting.HostFunctions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Verbs;

/// <summary>
/// Host results of world operations, including ones whose object actor replies on another thread
/// while the host function is deciding what to return.
/// </summary>
public sealed class HostSettlingTests
{
    [Fact]
    public async Task Settle_must_not_take_a_reply_arriving_between_its_checks_for_an_internal_error()
    {
        // The reply lands right after the first look at the operation: the run must get the value
        // (at once or as a pending reply), never an exception the engine turns into "internal error".
        var operation = new ValueTask<MooValue>(new ReplyArrivingAfterFirstLook(MooValue.String("a lamp")), 0);

        var result = HostSettling.Settle(operation);

        Assert.Equal(MooValue.String("a lamp"), await ValueOfAsync(result));
    }

    [Fact]
    public void Settle_must_turn_a_world_refusal_into_a_catchable_error()
    {
        var operation = ValueTask.FromException<MooValue>(new VerbError("Invalid object: #99."));

        var result = HostSettling.Settle(operation);

        Assert.Equal(HostResultKind.Error, result.Kind);
        Assert.Equal("Invalid object: #99.", result.Message);
    }

    [Fact]
    public void Settle_must_let_an_unexpected_exception_propagate_unchanged()
    {
        var operation = ValueTask.FromException<MooValue>(new TimeoutException("no reply"));

        Assert.Throws<TimeoutException>(() => HostSettling.Settle(operation));
    }

    private static async Task<MooValue> ValueOfAsync(HostResult result)
    {
        if (result.Kind == HostResultKind.Pending)
            result = await Assert.IsType<PendingWorldCall>(result.Operation).Reply;
        Assert.Equal(HostResultKind.Value, result.Kind);
        return result.Value;
    }

    /// <summary>An operation still pending when first looked at and complete from then on, as when an actor replies concurrently.</summary>
    private sealed class ReplyArrivingAfterFirstLook(MooValue value) : IValueTaskSource<MooValue>
    {
        private int _looks;

        public ValueTaskSourceStatus GetStatus(short token) =>
            Interlocked.Increment(ref _looks) == 1 ? ValueTaskSourceStatus.Pending : ValueTaskSourceStatus.Succeeded;

        public MooValue GetResult(short token) => value;

        public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
            continuation(state);
    }
}
