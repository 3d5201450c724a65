using ActorMoo.Actors.Model;
using ActorMoo.Scripting.HostFunctions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Verbs;

/// <summary>
/// The waiting a world host function may need: the reply it awaits, as the operation of a
/// <see cref="HostResult.Pending"/> run. <see cref="VerbExecutor"/> awaits it and resumes the run.
/// </summary>
/// <param name="Reply">Completes with the host function's result.</param>
public sealed record PendingWorldCall(Task<HostResult> Reply);

/// <summary>
/// Turns the world's asynchronous operations into host results: a result at once when the task
/// already holds every object it needs (the common case), a pending operation when an object actor
/// must be asked first. World refusals become Lua errors the verb can catch; any other exception
/// is a bug and propagates (the engine logs it and the script gets an internal error).
/// </summary>
internal static class HostSettling
{
    /// <summary>The host result of <paramref name="operation"/>.</summary>
    /// <remarks>
    /// The operation may complete on another thread at any moment (an object actor's reply), so
    /// completion is tested once, first: asking "succeeded?" and then "completed?" could see it
    /// complete in between and take a success for a failure.
    /// </remarks>
    public static HostResult Settle(ValueTask<MooValue> operation)
    {
        if (!operation.IsCompleted)
            return HostResult.Pending(new PendingWorldCall(ReplyAsync(operation)));
        try
        {
            return HostResult.Ok(operation.GetAwaiter().GetResult());
        }
        catch (Exception e) when (IsVerbFacing(e))
        {
            return HostResult.Fail(e.Message);
        }
    }

    /// <summary>The host result of entering a verb: a nested call to run in the caller's coroutine.</summary>
    /// <remarks>Completion is tested once, first, for the reason given on the other overload.</remarks>
    public static HostResult Settle(ValueTask<VerbCall> operation)
    {
        if (!operation.IsCompleted)
            return HostResult.Pending(new PendingWorldCall(CallReplyAsync(operation)));
        try
        {
            return HostResult.CallVerb(operation.GetAwaiter().GetResult());
        }
        catch (Exception e) when (IsVerbFacing(e))
        {
            return HostResult.Fail(e.Message);
        }
    }

    private static bool IsVerbFacing(Exception exception) => exception is VerbError or ObjectEventException;

    private static async Task<HostResult> ReplyAsync(ValueTask<MooValue> operation)
    {
        try
        {
            return HostResult.Ok(await operation.ConfigureAwait(false));
        }
        catch (Exception e) when (IsVerbFacing(e))
        {
            return HostResult.Fail(e.Message);
        }
    }

    private static async Task<HostResult> CallReplyAsync(ValueTask<VerbCall> operation)
    {
        try
        {
            return HostResult.CallVerb(await operation.ConfigureAwait(false));
        }
        catch (Exception e) when (IsVerbFacing(e))
        {
            return HostResult.Fail(e.Message);
        }
    }
}
