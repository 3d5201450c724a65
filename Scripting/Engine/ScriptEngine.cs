using ActorMoo.Scripting.Budgets;
using ActorMoo.Scripting.Errors;
using ActorMoo.Scripting.HostFunctions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorMoo.Scripting.Engine;

/// <summary>
/// The Lua 5.4 verb engine: a pool of sandboxed states, the host-function tables and preludes
/// installed in each, and the watchdog that enforces budgets. Knows nothing about actors: the
/// world starts runs, performs their pending operations and resumes them. Thread-safe.
/// </summary>
public sealed partial class ScriptEngine : IDisposable
{
    private readonly ILogger _logger;

    /// <summary>Creates an engine.</summary>
    /// <param name="settings">Budgets and limits; validated here.</param>
    /// <param name="tables">Host-function tables exposed to every verb (names must be unique).</param>
    /// <param name="preludes">Trusted Lua run in each new state to build the verb API (see <see cref="LuaPrelude"/>).</param>
    /// <param name="time">Clock for budgets; tests pass a manual one.</param>
    /// <param name="logger">Receives host-function failures.</param>
    public ScriptEngine(
        ScriptingSettings settings,
        IEnumerable<HostFunctionTable>? tables = null,
        IEnumerable<LuaPrelude>? preludes = null,
        TimeProvider? time = null,
        ILogger<ScriptEngine>? logger = null)
    {
        settings.Validate();
        Settings = settings;
        Tables = [.. tables ?? []];
        foreach (var duplicate in Tables.GroupBy(t => t.Name).Where(g => g.Count() > 1))
            throw new ArgumentException($"two host tables are named {duplicate.Key}", nameof(tables));
        Functions = [.. Tables.SelectMany(t => t.Functions)];
        Preludes = [.. preludes ?? []];
        Time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        Watchdog = new ScriptWatchdog(Time, settings.WatchdogInterval, settings.StepsPerMillisecond);
        Pool = new StatePool(this, Watchdog);
    }

    /// <summary>The settings in force.</summary>
    public ScriptingSettings Settings { get; }

    /// <summary>The registered host-function tables.</summary>
    public IReadOnlyList<HostFunctionTable> Tables { get; }

    /// <summary>The registered preludes.</summary>
    public IReadOnlyList<LuaPrelude> Preludes { get; }

    /// <summary>The clock budgets are measured with.</summary>
    public TimeProvider Time { get; }

    /// <summary>Lua states alive (leased by runs or idle in the pool).</summary>
    public int StatesAlive => Pool.Alive;

    /// <summary>Lua states idle in the pool.</summary>
    public int StatesIdle => Pool.Idle;

    /// <summary>Every host function, indexed by the upvalue of its C closure.</summary>
    internal HostFunction[] Functions { get; }

    internal ScriptWatchdog Watchdog { get; }

    internal StatePool Pool { get; }

    /// <summary>
    /// Prepares a run: leases a state, fetches or compiles the verb, builds the run's environment.
    /// Nothing executes until <see cref="ScriptRun.Resume()"/>. A verb that does not compile, or
    /// an exhausted pool, gives a run that is already <see cref="ScriptRunStatus.Failed"/>.
    /// </summary>
    public ScriptRun Start(ScriptRunRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = Time.GetTimestamp();
        var state = Pool.Rent();
        var run = new ScriptRun(this, state, request, started);
        if (state is null)
        {
            run.FailBeforeStart(new ScriptError(ScriptErrorCodes.Busy, $"all {Settings.MaxStates} Lua states are in use", "",
                "The server is too busy to run that right now."));
            return run;
        }
        state.CurrentRun = run;
        string? compileError;
        try
        {
            compileError = state.PrepareRun(run, request.Code, request.Globals, request.Args);
        }
        catch
        {
            state.Broken = true;
            run.Dispose();
            throw;
        }
        run.MemoryLimit = state.UsedBytes + request.Budget.MemoryBytes;
        if (compileError is not null)
        {
            run.FailBeforeStart(new ScriptError(ScriptErrorCodes.Syntax, compileError, "", "That verb has a syntax error."));
        }
        return run;
    }

    /// <summary><see cref="Start"/> then <see cref="ScriptRun.Resume()"/>.</summary>
    public ScriptRun Run(ScriptRunRequest request)
    {
        var run = Start(request);
        if (run.Status == ScriptRunStatus.NotStarted) run.Resume();
        return run;
    }

    /// <summary>Called by a run that no longer needs its state.</summary>
    internal void ReturnState(LuaSandboxState state) => Pool.Return(state);

    /// <summary>Closes idle states and stops the watchdog. Runs still alive keep working until disposed.</summary>
    public void Dispose()
    {
        Pool.Dispose();
        Watchdog.Dispose();
    }

    /// <summary>Logs a host function that threw (the script sees "internal error").</summary>
    internal void LogHostFunctionFailure(string function, Exception exception) => LogHostFunctionThrew(function, exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Host function {Function} threw; the script got an internal error")]
    private partial void LogHostFunctionThrew(string function, Exception exception);
}
