using ActorMoo.Scripting.Budgets;

namespace ActorMoo.Scripting.Errors;

/// <summary>
/// Why a run failed, in two registers: <see cref="Message"/> and <see cref="Traceback"/> for the
/// programmer (verb names and line numbers), <see cref="PlayerMessage"/> for whoever typed the
/// command.
/// </summary>
/// <param name="Code">One of <see cref="ScriptErrorCodes"/>.</param>
/// <param name="Message">The error with its location, e.g. <c>#12:look:3: attempt to index a nil value</c>.</param>
/// <param name="Traceback">The verb frames, innermost first, one per line (<c>#12:look:3: in function 'describe'</c>); empty when there is no stack.</param>
/// <param name="PlayerMessage">A short sentence without code locations.</param>
public sealed record ScriptError(string Code, string Message, string Traceback, string PlayerMessage)
{
    /// <summary>True for the three budget errors, which the script itself could not catch.</summary>
    public bool IsBudgetExceeded => Code.StartsWith("budget.", StringComparison.Ordinal);

    /// <summary>The error for a run ended by <paramref name="kind"/>.</summary>
    public static ScriptError Budget(BudgetKind kind, string traceback, string detail) => kind switch
    {
        BudgetKind.Steps => new(ScriptErrorCodes.BudgetSteps, $"step budget exceeded ({detail})", traceback,
            "That took too many steps and was stopped."),
        BudgetKind.Memory => new(ScriptErrorCodes.BudgetMemory, $"memory budget exceeded ({detail})", traceback,
            "That used too much memory and was stopped."),
        _ => new(ScriptErrorCodes.BudgetTime, $"time budget exceeded ({detail})", traceback,
            "That took too long and was stopped."),
    };

    /// <summary>A short description for logs.</summary>
    public override string ToString() => $"{Code}: {Message}";
}
