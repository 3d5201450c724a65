using ActorMoo.Actors.Model;
using ActorMoo.Actors.Parsing;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Scripting;
using ActorMoo.Scripting.Budgets;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.HostFunctions;
using ActorMoo.Scripting.Values;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Actors.World.Verbs;

/// <summary>
/// Runs verbs as atomic world tasks: each attempt of the task gets a <see cref="VerbTask"/> over its
/// transaction, the verb runs in the scripting engine with the world's host tables, and its nested
/// calls, reads, writes and output all belong to that attempt. A script error, a refused operation
/// or an exceeded budget aborts the task and leaves the world unchanged.
/// </summary>
public sealed class VerbExecutor
{
    private readonly WorldTasks _tasks;
    private readonly ScriptEngine _engine;

    /// <summary>Creates the executor; the engine must carry <see cref="WorldHostTables.All"/> and <see cref="WorldPrelude.Prelude"/> (see <see cref="CreateEngine"/>).</summary>
    public VerbExecutor(WorldTasks tasks, ScriptEngine engine)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(engine);
        _tasks = tasks;
        _engine = engine;
    }

    /// <summary>A scripting engine with the world's verb API installed.</summary>
    public static ScriptEngine CreateEngine(ScriptingSettings settings, TimeProvider? time = null, ILogger<ScriptEngine>? logger = null) =>
        new(settings, WorldHostTables.All, [WorldPrelude.Prelude], time, logger);

    /// <summary>
    /// Calls <paramref name="target"/>:<paramref name="verb"/>(<paramref name="args"/>) as one task of
    /// <paramref name="player"/>, with the foreground budget unless another is given.
    /// </summary>
    public Task<TaskOutcome<MooValue>> CallAsync(
        ObjectId player,
        ObjectId target,
        string verb,
        IReadOnlyList<MooValue> args,
        CommandContext? command = null,
        ScriptBudget? budget = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(verb);
        ArgumentNullException.ThrowIfNull(args);
        return _tasks.RunAsync(
            async (transaction, ct) =>
            {
                var task = new VerbTask(transaction, player, command ?? CommandContext.None);
                var call = await task.EnterVerbAsync(target, verb, args, ct).ConfigureAwait(false);
                return await RunAsync(task, call, budget ?? _engine.Settings.Foreground, ct).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <summary>
    /// Runs a line typed by <paramref name="player"/> as one task, after LambdaMOO: parse, match the
    /// objects, find the verb on the player, the room, the direct and the indirect object, else the
    /// room's <c>huh</c>; when nothing takes it, the player is told "I couldn't understand that.".
    /// The verb's value is the outcome's value (nil for an empty line or an unknown command).
    /// </summary>
    public Task<TaskOutcome<MooValue>> RunCommandAsync(ObjectId player, string line, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(line);
        return _tasks.RunAsync(
            async (transaction, ct) =>
            {
                var playerState = await transaction.FindValidAsync(player, ct).ConfigureAwait(false)
                    ?? throw new VerbError($"{player} is not a valid player.");
                var resolution = await CommandResolver.ResolveAsync(transaction, playerState, line, ct).ConfigureAwait(false);
                if (resolution is null)
                    return MooValue.Nil;
                if (resolution.Target is not { } target)
                {
                    transaction.Emit(new NotifyEffect(player, CommandResolution.NotUnderstoodMessage));
                    return MooValue.Nil;
                }
                var parsed = resolution.Command;
                var context = new CommandContext(parsed.Argstr, resolution.Dobj.Id, parsed.Dobjstr, parsed.Prepstr, resolution.Iobj.Id, parsed.Iobjstr);
                var task = new VerbTask(transaction, player, context);
                var call = task.Enter(target, parsed.Verb, [.. parsed.Args.Select(MooValue.String)]);
                return await RunAsync(task, call, _engine.Settings.Foreground, ct).ConfigureAwait(false);
            },
            cancellationToken);
    }

    private async ValueTask<MooValue> RunAsync(VerbTask task, VerbCall call, ScriptBudget budget, CancellationToken cancellationToken)
    {
        using var run = _engine.Start(new ScriptRunRequest(call.Code, budget) { Globals = call.Globals, Args = call.Args, Context = task });
        task.Run = run;
        var status = await run.RunToEndAsync(PerformAsync, cancellationToken).ConfigureAwait(false);
        if (status == ScriptRunStatus.Failed)
            throw new VerbFailedException(run.Error!);
        return run.Result;
    }

    private static ValueTask<HostResult> PerformAsync(object operation, CancellationToken cancellationToken) =>
        operation is PendingWorldCall pending
            ? new ValueTask<HostResult>(pending.Reply)
            : throw new InvalidOperationException($"A world verb waited for an operation the world does not know: {operation.GetType().Name}.");
}
