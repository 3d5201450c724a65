using ActorMoo.Actors.Model;
using ActorMoo.Actors.Parsing;
using ActorMoo.Actors.World.Tasks;
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
    private readonly ScriptEngine _engine;
    private readonly VerbTaskServices _services;

    /// <summary>
    /// Creates the executor; the engine must carry <see cref="WorldHostTables.All"/>,
    /// <see cref="WorldPrelude.Prelude"/> and <see cref="TaskPrelude.Prelude"/> (see <c>CreateEngine</c>). Every task gets
    /// <paramref name="services"/> (default: <see cref="VerbTaskServices.Default"/>). Tasks run through
    /// <paramref name="queue"/>, which keeps those that fork, suspend or read; without one the executor
    /// makes its own, whose waiting tasks live in memory only.
    /// </summary>
    public VerbExecutor(WorldTasks tasks, ScriptEngine engine, VerbTaskServices? services = null, TaskQueue? queue = null)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
        _services = services ?? queue?.Services ?? VerbTaskServices.Default;
        Queue = queue ?? new TaskQueue(tasks, engine, _services);
    }

    /// <summary>The task queue: waiting tasks, <see cref="TaskQueue.TryDeliverInput"/> for <c>read()</c>.</summary>
    public TaskQueue Queue { get; }

    /// <summary>A scripting engine with the world's verb API installed.</summary>
    public static ScriptEngine CreateEngine(ScriptingSettings settings, TimeProvider? time = null, ILogger<ScriptEngine>? logger = null) =>
        new(settings, WorldHostTables.All, [WorldPrelude.Prelude, TaskPrelude.Prelude], time, logger);

    /// <summary>
    /// A scripting engine with the world's verb API and the host tables of other areas
    /// (e.g. <c>AccountHostFunctions.Table</c>, whose functions need a service the static tables cannot reach).
    /// </summary>
    public static ScriptEngine CreateEngineWithTables(ScriptingSettings settings, IEnumerable<HostFunctionTable> extraTables, TimeProvider? time = null, ILogger<ScriptEngine>? logger = null) =>
        new(settings, [.. WorldHostTables.All, .. extraTables], [WorldPrelude.Prelude, TaskPrelude.Prelude], time, logger);

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
        return Queue.RunAsync(
            player,
            async (transaction, ct) =>
            {
                var task = new VerbTask(transaction, player, command ?? CommandContext.None, _services);
                return (task, await task.EnterVerbAsync(target, verb, args, ct).ConfigureAwait(false));
            },
            budget ?? _engine.Settings.Foreground,
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
        return Queue.RunAsync(
            player,
            async (transaction, ct) =>
            {
                var playerState = await transaction.FindValidAsync(player, ct).ConfigureAwait(false)
                    ?? throw new VerbError($"{player} is not a valid player.");
                var resolution = await CommandResolver.ResolveAsync(transaction, playerState, line, ct).ConfigureAwait(false);
                if (resolution is null)
                    return null;
                if (resolution.Target is not { } target)
                {
                    transaction.Emit(new NotifyEffect(player, CommandResolution.NotUnderstoodMessage));
                    return null;
                }
                var parsed = resolution.Command;
                var context = new CommandContext(parsed.Argstr, resolution.Dobj.Id, parsed.Dobjstr, parsed.Prepstr, resolution.Iobj.Id, parsed.Iobjstr);
                var task = new VerbTask(transaction, player, context, _services);
                return (task, task.Enter(target, parsed.Verb, [.. parsed.Args.Select(MooValue.String)]));
            },
            _engine.Settings.Foreground,
            cancellationToken);
    }
}
