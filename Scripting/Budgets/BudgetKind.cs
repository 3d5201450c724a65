namespace ActorMoo.Scripting.Budgets;

/// <summary>Which budget ended a run (stored as an int in the native run-control block).</summary>
public enum BudgetKind
{
    /// <summary>No budget was exceeded.</summary>
    None = 0,

    /// <summary>The step budget (<c>budget.steps</c>).</summary>
    Steps = 1,

    /// <summary>The memory budget (<c>budget.memory</c>).</summary>
    Memory = 2,

    /// <summary>The wall-clock budget (<c>budget.time</c>).</summary>
    Time = 3,
}
