using ActorMoo.Scripting.Budgets;
using ActorMoo.Scripting.Errors;
using ActorMoo.Scripting.HostFunctions;
using ActorMoo.Scripting.Values;
using static ActorMoo.Scripting.Lua.LuaNative;

namespace ActorMoo.Scripting.Engine;

/// <summary>
/// One verb run (a task's Lua side): a coroutine on a leased state. Drive it with
/// <see cref="Resume()"/>; when it comes back <see cref="ScriptRunStatus.Suspended"/>, carry out
/// <see cref="PendingOperation"/> — without blocking, on any thread — and call
/// <see cref="Resume(HostResult)"/> with the outcome. Not thread-safe: one call at a time.
/// Dispose a run that is abandoned before it finishes, or its state is never returned.
/// </summary>
public sealed partial class ScriptRun : IDisposable
{
    private readonly ScriptEngine _engine;

    /// <summary>The leased state; null once the run is over and the state is back in the pool.</summary>
    private LuaSandboxState? _state;

    /// <summary>1 while a thread is inside <see cref="Resume()"/> or <see cref="Dispose"/>.</summary>
    private int _busy;

    internal ScriptRun(ScriptEngine engine, LuaSandboxState? state, ScriptRunRequest request, long startTimestamp)
    {
        _engine = engine;
        _state = state;
        Code = request.Code;
        Budget = request.Budget;
        Context = request.Context;
        StartTimestamp = startTimestamp;
        DeadlineTimestamp = startTimestamp + (long)(request.Budget.WallClock.TotalSeconds * engine.Time.TimestampFrequency);
    }

    /// <summary>The verb that started the run.</summary>
    public VerbCode Code { get; }

    /// <summary>The run's budget, shared by nested verb calls.</summary>
    public ScriptBudget Budget { get; private set; }

    /// <summary>The world's task context (see <see cref="ScriptRunRequest.Context"/>).</summary>
    public object? Context { get; }

    /// <summary>Where the run stands.</summary>
    public ScriptRunStatus Status { get; private set; }

    /// <summary>The verb's first return value once <see cref="ScriptRunStatus.Completed"/>.</summary>
    public MooValue Result { get; private set; }

    /// <summary>Why the run failed, once <see cref="ScriptRunStatus.Failed"/>.</summary>
    public ScriptError? Error { get; private set; }

    /// <summary>While <see cref="ScriptRunStatus.Suspended"/>: what the host function asked the world to do.</summary>
    public object? PendingOperation { get; private set; }

    /// <summary>Steps charged so far (see <see cref="ScriptingSettings.StepCounting"/>).</summary>
    public long StepsUsed { get; internal set; }

    /// <summary>Current depth of nested verb calls (1 = the top-level verb).</summary>
    public int CallDepth { get; internal set; } = 1;

    /// <summary>Time since the run started (engine clock).</summary>
    public TimeSpan Elapsed => _engine.Time.GetElapsedTime(StartTimestamp);

    /// <summary>Time left before the wall-clock budget ends the run; the world uses it as the timeout of async operations.</summary>
    public TimeSpan RemainingTime => Budget.WallClock - Elapsed;

    internal long StartTimestamp { get; private set; }

    internal long DeadlineTimestamp { get; private set; }

    /// <summary>Allocation limit of the state for this run (state size at start + budget).</summary>
    internal long MemoryLimit { get; set; }

    /// <summary>The run's verb thread.</summary>
    internal nint Thread { get; set; }

    /// <summary>Registry ref anchoring <see cref="Thread"/>; 0 once released.</summary>
    internal int ThreadRef { get; set; }

    /// <summary>Values on the thread's stack for the first resume.</summary>
    internal int ArgumentsToPass { get; set; }

    /// <summary>Operation of the latest pending host call; becomes <see cref="PendingOperation"/> if the run suspends.</summary>
    internal object? RequestedOperation { get; set; }

    /// <summary>Runs the verb until it completes, fails or suspends.</summary>
    /// <exception cref="InvalidOperationException">The run was already started.</exception>
    public ScriptRunStatus Resume()
    {
        Enter();
        try
        {
            if (Status != ScriptRunStatus.NotStarted) throw new InvalidOperationException($"run is {Status}; Resume() starts a run once");
            return Continue(ArgumentsToPass);
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>Resumes a suspended run with the outcome of its <see cref="PendingOperation"/>.</summary>
    /// <param name="reply">A value, an error (raised in the script at the waiting call), or a nested verb call.</param>
    /// <exception cref="InvalidOperationException">The run is not suspended.</exception>
    public ScriptRunStatus Resume(HostResult reply)
    {
        if (reply.Kind == HostResultKind.Pending) throw new ArgumentException("a run cannot be resumed with another pending operation", nameof(reply));
        Enter();
        try
        {
            if (Status != ScriptRunStatus.Suspended) throw new InvalidOperationException($"run is {Status}, not suspended");
            var state = _state!;
            int pushed;
            if (lua_checkstack(Thread, 4) == 0) throw new InvalidOperationException("the run's Lua stack is exhausted");
            try
            {
                pushed = state.PushHostResult(Thread, this, null, reply);
            }
            catch (MarshalException e)
            {
                lua_settop(Thread, 0);
                pushed = HostDispatcher.Fail(Thread, $"the reply could not be delivered ({e.Message})");
            }
            PendingOperation = null;
            Status = ScriptRunStatus.NotStarted;
            return Continue(pushed);
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>
    /// Gives a suspended run a fresh <paramref name="budget"/>: its steps start again from zero, its
    /// wall clock from now, and its memory limit becomes the new budget's (counted, as before, from
    /// what the state held when the run started). The world calls
    /// it when a task continues after <c>suspend()</c> or <c>read()</c>: as in LambdaMOO, each part of
    /// a task between two suspensions is budgeted like a task of its own.
    /// </summary>
    /// <exception cref="InvalidOperationException">The run is not suspended.</exception>
    public void RenewBudget(ScriptBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        Enter();
        try
        {
            if (Status != ScriptRunStatus.Suspended) throw new InvalidOperationException($"run is {Status}, not suspended");
            var now = _engine.Time.GetTimestamp();
            MemoryLimit += budget.MemoryBytes - Budget.MemoryBytes;
            Budget = budget;
            StepsUsed = 0;
            StartTimestamp = now;
            DeadlineTimestamp = now + (long)(budget.WallClock.TotalSeconds * _engine.Time.TimestampFrequency);
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>
    /// Drives the run to its end, performing each pending operation with <paramref name="perform"/>.
    /// The run may continue on whichever thread completes the operation.
    /// </summary>
    public async ValueTask<ScriptRunStatus> RunToEndAsync(Func<object, CancellationToken, ValueTask<HostResult>> perform, CancellationToken cancellationToken = default)
    {
        var status = Status == ScriptRunStatus.NotStarted ? Resume() : Status;
        while (status == ScriptRunStatus.Suspended)
        {
            var reply = await perform(PendingOperation!, cancellationToken).ConfigureAwait(false);
            status = Resume(reply);
        }
        return status;
    }

    /// <summary>Abandons an unfinished run (its to-be-closed variables are not closed) and returns its state to the pool.</summary>
    public void Dispose()
    {
        Enter();
        try
        {
            if (_state is null) return;
            Finish(threadReusable: false);
            if (Status is ScriptRunStatus.NotStarted or ScriptRunStatus.Suspended)
            {
                Status = ScriptRunStatus.Failed;
                Error = new ScriptError(ScriptErrorCodes.Runtime, "run abandoned", "", "That was stopped.");
            }
        }
        finally
        {
            Exit();
        }
    }

    private void Enter()
    {
        if (Interlocked.Exchange(ref _busy, 1) != 0) throw new InvalidOperationException("a run may only be driven by one thread at a time");
    }

    private void Exit() => Volatile.Write(ref _busy, 0);
}
