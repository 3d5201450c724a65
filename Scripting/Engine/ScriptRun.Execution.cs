using System.Text.RegularExpressions;
using ActorMoo.Scripting.Budgets;
using ActorMoo.Scripting.Errors;
using ActorMoo.Scripting.Values;
using static ActorMoo.Scripting.Lua.LuaNative;

namespace ActorMoo.Scripting.Engine;

public sealed unsafe partial class ScriptRun
{
    /// <summary>Fails a run before it ever executed (state pool exhausted, verb does not compile).</summary>
    internal void FailBeforeStart(ScriptError error)
    {
        Status = ScriptRunStatus.Failed;
        Error = error;
        if (_state is not null) Finish(threadReusable: false);
    }

    private ScriptRunStatus Continue(int arguments)
    {
        var state = _state!;
        state.CurrentRun = this;
        var now = _engine.Time.GetTimestamp();
        if (now >= DeadlineTimestamp) return FailBudget(BudgetKind.Time, withTraceback: false);
        if (StepsUsed >= Budget.Steps) return FailBudget(BudgetKind.Steps, withTraceback: false);

        RequestedOperation = null;
        var (status, results, killed) = state.Execute(this, arguments, now);
        if (killed != BudgetKind.None && status != Ok) return FailBudget(killed, withTraceback: true);

        switch (status)
        {
            case Ok:
                try
                {
                    Result = results > 0 ? new LuaValueReader(state, Thread, _engine.Settings.Marshal).Read(-results) : MooValue.Nil;
                }
                catch (MarshalException e)
                {
                    return Fail(new ScriptError(ScriptErrorCodes.Result, $"{Code.Name}: the verb returned {e.Message}", "",
                        "That verb returned something it cannot return."), threadReusable: true);
                }
                Status = ScriptRunStatus.Completed;
                Finish(threadReusable: true);
                return Status;
            case Yield when results > 0 && state.IsPendingSentinel(Thread, -results) && RequestedOperation is not null:
                Pop(Thread, results);
                PendingOperation = RequestedOperation;
                RequestedOperation = null;
                Status = ScriptRunStatus.Suspended;
                return Status;
            case Yield:
                return Fail(new ScriptError(ScriptErrorCodes.Runtime, $"{Code.Name}: attempt to yield from outside a coroutine",
                    Traceback(state), "attempt to yield from outside a coroutine"), threadReusable: false);
            default:
                var message = LuaSandboxState.ErrorText(Thread);
                return Fail(new ScriptError(ScriptErrorCodes.Runtime, message, Traceback(state), PlayerText(message)), threadReusable: false);
        }
    }

    private ScriptRunStatus FailBudget(BudgetKind kind, bool withTraceback)
    {
        var state = _state!;
        var detail = kind switch
        {
            BudgetKind.Steps => $"{StepsUsed:N0} of {Budget.Steps:N0} steps",
            BudgetKind.Memory => $"limit {Budget.MemoryBytes:N0} bytes",
            _ => $"limit {Budget.WallClock.TotalSeconds:0.###} s",
        };
        return Fail(ScriptError.Budget(kind, withTraceback ? Traceback(state) : "", $"{Code.Name}: {detail}"), threadReusable: false);
    }

    private ScriptRunStatus Fail(ScriptError error, bool threadReusable)
    {
        Status = ScriptRunStatus.Failed;
        Error = error;
        Finish(threadReusable);
        return Status;
    }

    /// <summary>Releases the thread and returns the state to the pool.</summary>
    private void Finish(bool threadReusable)
    {
        var state = _state!;
        _state = null;
        PendingOperation = null;
        state.EndRun(this, threadReusable);
        _engine.ReturnState(state);
    }

    /// <summary>The verb frames of the run's thread, innermost first, without the engine's own frames.</summary>
    private string Traceback(LuaSandboxState state)
    {
        luaL_traceback(state.L, Thread, null, 0);
        var text = LuaSandboxState.ErrorText(state.L);
        Pop(state.L, 1);
        var lines = text.Split('\n')
            .Skip(1)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith("[C]", StringComparison.Ordinal)
                && !line.StartsWith("[sandbox]", StringComparison.Ordinal) && !line.StartsWith("(...tail calls...)", StringComparison.Ordinal));
        return string.Join('\n', lines);
    }

    /// <summary>The message without its <c>chunk:line:</c> prefix (chunk names such as <c>#12:look</c> contain colons), for players.</summary>
    private static string PlayerText(string message)
    {
        var match = LocationPrefix().Match(message);
        return match.Success ? message[match.Length..] : message;
    }

    [GeneratedRegex(@"^.*?:\d+: ", RegexOptions.CultureInvariant)]
    private static partial Regex LocationPrefix();
}
