namespace ActorMoo.Scripting.Errors;

/// <summary>The stable codes of <see cref="ScriptError.Code"/>, for the world to branch on and for logs.</summary>
public static class ScriptErrorCodes
{
    /// <summary>The run used more steps than its budget allows.</summary>
    public const string BudgetSteps = "budget.steps";

    /// <summary>The run allocated more memory than its budget allows.</summary>
    public const string BudgetMemory = "budget.memory";

    /// <summary>The run did not finish within its wall-clock budget.</summary>
    public const string BudgetTime = "budget.time";

    /// <summary>The verb source does not compile.</summary>
    public const string Syntax = "script.syntax";

    /// <summary>The script raised an error that nothing caught.</summary>
    public const string Runtime = "script.runtime";

    /// <summary>The script finished but returned something that is not a world value (a function, a cyclic table…).</summary>
    public const string Result = "script.result";

    /// <summary>All states are in use (<see cref="ScriptingSettings.MaxStates"/>).</summary>
    public const string Busy = "script.busy";
}
