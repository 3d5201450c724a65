using ActorMoo.Scripting.Budgets;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Scripting.Engine;

/// <summary>Everything needed to start a verb run.</summary>
/// <param name="Code">The verb to run.</param>
/// <param name="Budget">The task's budget (usually <see cref="ScriptingSettings.Foreground"/> or <see cref="ScriptingSettings.Background"/>).</param>
public sealed record ScriptRunRequest(VerbCode Code, ScriptBudget Budget)
{
    /// <summary>Per-run globals (this, player, caller, verb, args…), visible to this run only.</summary>
    public IReadOnlyDictionary<string, MooValue> Globals { get; init; } = new Dictionary<string, MooValue>();

    /// <summary>The verb's arguments, received as <c>...</c>.</summary>
    public IReadOnlyList<MooValue> Args { get; init; } = [];

    /// <summary>The world's task context, handed to host functions as <see cref="HostFunctions.HostCall.Context"/>.</summary>
    public object? Context { get; init; }
}
