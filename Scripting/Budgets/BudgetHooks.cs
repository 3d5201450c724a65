using System.Runtime.InteropServices;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.Lua;

namespace ActorMoo.Scripting.Budgets;

/// <summary>
/// The Lua hooks that end runs. A hook never raises a Lua error from managed code (that would
/// longjmp across managed frames, trap 1): it either yields — which, inside a hook, Lua turns
/// into a throw from its own C code after the hook has returned — or it installs the native
/// <c>lua_error</c> as the hook so that Lua raises the error itself on the next instruction.
/// </summary>
internal static unsafe class BudgetHooks
{
    /// <summary>Kill hook: armed with count 1 on every thread of a run being ended.</summary>
    public static nint Kill => (nint)(delegate* unmanaged<nint, nint, void>)&OnKill;

    /// <summary>Exact-mode hook: armed with count <see cref="RunControl.StepQuantum"/>.</summary>
    public static nint Step => (nint)(delegate* unmanaged<nint, nint, void>)&OnStep;

    /// <summary>
    /// The native <c>lua_error</c>, used as a hook. Called as a hook it raises whatever value is
    /// on top of the stack; the value does not matter because the run's kill reason decides
    /// the outcome, and with a count of 1 it raises again on the first instruction after any
    /// <c>pcall</c> that caught it, so the error propagates to the run's resume.
    /// </summary>
    public static nint RaiseError { get; } = LuaNative.Export("lua_error");

    [UnmanagedCallersOnly]
    private static void OnKill(nint l, nint debug)
    {
        if (LuaNative.lua_isyieldable(l) != 0)
        {
            // Inside a hook lua_yieldk only marks the thread; luaG_traceexec throws after we return.
            LuaNative.lua_yieldk(l, 0, 0, 0);
            return;
        }
        // Not yieldable (inside table.sort, gsub, tostring…): let Lua raise, from C, everywhere.
        LuaSandboxState.FromLua(l).ArmThreads(RaiseError, 1);
    }

    [UnmanagedCallersOnly]
    private static void OnStep(nint l, nint debug)
    {
        var control = LuaSandboxState.FromLua(l).Control;
        control->StepsUsed += control->StepQuantum;
        if (control->StepsUsed >= control->StepsLimit)
        {
            LuaSandboxState.FromLua(l).KillOnVmThread(BudgetKind.Steps, fromAllocator: false);
        }
    }
}
