using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Scripting.HostFunctions;

/// <summary>
/// A nested verb call requested by a host function (or delivered as the reply to an async one):
/// the engine runs <paramref name="Code"/> in the caller's coroutine, so it shares the caller's
/// budget and counts towards the call depth, and its return value becomes the host call's result.
/// </summary>
/// <param name="Code">The verb to run.</param>
/// <param name="Globals">The callee's per-call globals (this, caller, …).</param>
/// <param name="Args">The callee's arguments (<c>...</c>).</param>
public sealed record VerbCall(VerbCode Code, IReadOnlyDictionary<string, MooValue> Globals, IReadOnlyList<MooValue> Args);
