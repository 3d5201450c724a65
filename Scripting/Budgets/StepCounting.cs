namespace ActorMoo.Scripting.Budgets;

/// <summary>How the step budget is measured.</summary>
public enum StepCounting
{
    /// <summary>
    /// Default. Lua runs with no hook at full speed; a watchdog thread charges the CPU time of the
    /// thread running the task (wall time for resumes shorter than one watchdog interval) at
    /// <see cref="ScriptingSettings.StepsPerMillisecond"/> and interrupts the run when the charged
    /// steps reach the budget. Costs almost nothing; steps are an estimate.
    /// </summary>
    Sampled,

    /// <summary>
    /// Every VM instruction is counted by a count hook (granularity
    /// <see cref="ScriptingSettings.ExactStepQuantum"/>). Deterministic, but CPU-bound Lua runs
    /// 2.2–2.6× slower because Lua 5.4 traces every instruction while a count hook is set.
    /// </summary>
    Exact,
}
