using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.HostFunctions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Verbs;

/// <summary>
/// The world side of one verb-running task attempt: its transaction, its stack of
/// <see cref="VerbFrame"/>s and the command it came from. Reaches host functions as
/// <c>HostCall.Context</c>; every world function the verb API offers is a method of it (this file:
/// frames and verb calls; the other parts: objects, properties, output), each checking the
/// permissions of the running verb's owner with the model's rules.
/// </summary>
/// <remarks>
/// One run drives it at a time (the engine resumes a run on one thread at a time). The running
/// verb is found by the engine's own call depth (<see cref="ScriptRun.CallDepth"/>), which the
/// engine raises when a nested verb starts and lowers when it returns or raises, so no verb code
/// can pop or push the frames that carry permissions.
/// </remarks>
public sealed partial class VerbTask
{
    private readonly List<VerbFrame> _frames = [];

    /// <summary>Creates the task context of one attempt; <paramref name="services"/> defaults to <see cref="VerbTaskServices.Default"/>.</summary>
    public VerbTask(WorldTransaction transaction, ObjectId player, CommandContext command, VerbTaskServices? services = null)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(command);
        Transaction = transaction;
        Player = player;
        Command = command;
        Services = services ?? VerbTaskServices.Default;
    }

    /// <summary>The player directories and clock the task's verbs use.</summary>
    public VerbTaskServices Services { get; }

    /// <summary>
    /// The attempt's transaction: every read and write goes through it. A task that continues after
    /// <c>suspend()</c> or <c>read()</c> keeps its run and moves on to a new transaction (the scheduler sets it).
    /// </summary>
    public WorldTransaction Transaction { get; internal set; }

    /// <summary>The player whose task this is.</summary>
    public ObjectId Player { get; }

    /// <summary>The command the task runs (or <see cref="CommandContext.None"/>).</summary>
    public CommandContext Command { get; }

    /// <summary>The run executing this task's verbs; set by the executor once the run is started.</summary>
    public ScriptRun? Run { get; set; }

    /// <summary>How many verbs are running (nested): the engine's call depth, 0 before the run starts.</summary>
    public int Depth => Run?.CallDepth ?? 0;

    /// <summary>The running verb's frame.</summary>
    public VerbFrame Current => Depth > 0 && Depth <= _frames.Count
        ? _frames[Depth - 1]
        : throw new InvalidOperationException("No verb is running in this task.");

    /// <summary>
    /// Resolves the callable verb <paramref name="name"/> on <paramref name="target"/> and enters it:
    /// pushes its frame (running with its owner's permissions, <c>caller</c> = the current verb's
    /// <c>this</c>, or the player at top level) and returns the code and globals to run.
    /// </summary>
    /// <exception cref="VerbError">The object is invalid or has no such executable verb.</exception>
    public async ValueTask<VerbCall> EnterVerbAsync(ObjectId target, string name, IReadOnlyList<MooValue> args, CancellationToken cancellationToken = default)
    {
        var state = await ValidAsync(target, cancellationToken).ConfigureAwait(false);
        var resolved = await VerbLookup.FindCallableAsync(Transaction, state, name, cancellationToken).ConfigureAwait(false)
            ?? throw new VerbError($"Verb not found: {target}:{name} (or it is not executable).");
        return Enter(resolved, name, args);
    }

    /// <summary>
    /// Enters an already resolved verb (a typed command's, found without the <c>x</c> bit as in
    /// LambdaMOO): pushes its frame and returns the code and globals to run.
    /// </summary>
    public VerbCall Enter(ResolvedVerb resolved, string name, IReadOnlyList<MooValue> args)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(args);
        // Frames above the running verb belong to nested calls that have ended (returned or raised).
        var depth = Depth;
        var caller = depth > 0 ? Current.This : Player;
        _frames.RemoveRange(depth, _frames.Count - depth);
        var frame = new VerbFrame(resolved.This, resolved.Definer, name, resolved.Verb.Owner, caller, Player);
        _frames.Add(frame);
        return new VerbCall(CodeOf(resolved), GlobalsFor(frame, args), args);
    }

    /// <summary>The compiled-code identity of a verb: (definer, verb id, version).</summary>
    public static VerbCode CodeOf(ResolvedVerb verb)
    {
        ArgumentNullException.ThrowIfNull(verb);
        var firstName = verb.Verb.Names.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "verb";
        return new VerbCode($"{verb.Definer}:{verb.Verb.Id}", verb.Verb.Version, $"{verb.Definer}:{firstName.Replace("*", "", StringComparison.Ordinal)}", verb.Verb.Code);
    }

    private Dictionary<string, MooValue> GlobalsFor(VerbFrame frame, IReadOnlyList<MooValue> args) => new(StringComparer.Ordinal)
    {
        ["this"] = frame.This,
        ["player"] = frame.Player,
        ["caller"] = frame.Caller,
        ["verb"] = frame.VerbName,
        ["args"] = MooValue.List(args),
        ["argstr"] = Command.Argstr,
        ["dobj"] = Command.Dobj,
        ["dobjstr"] = Command.Dobjstr,
        ["prepstr"] = Command.Prepstr,
        ["iobj"] = Command.Iobj,
        ["iobjstr"] = Command.Iobjstr,
    };

    /// <summary>Whose permissions the running verb has: its owner's flags as this task sees them.</summary>
    private async ValueTask<Principal> ProgrammerAsync(CancellationToken cancellationToken)
    {
        var programmer = Current.Programmer;
        var state = await Transaction.FindValidAsync(programmer, cancellationToken).ConfigureAwait(false);
        return state is null ? new Principal(programmer, IsWizard: false, IsProgrammer: false) : Principal.Of(state);
    }

    /// <summary>The object's state, which must be valid.</summary>
    private async ValueTask<ObjectState> ValidAsync(ObjectId id, CancellationToken cancellationToken) =>
        await Transaction.FindValidAsync(id, cancellationToken).ConfigureAwait(false)
        ?? throw new VerbError($"Invalid object: {id}.");
}
