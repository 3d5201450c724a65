namespace ActorMoo.Scripting.Engine;

/// <summary>
/// Trusted Lua source run once in every new state, before the base environment is frozen: the
/// extension point through which the world builds its verb-facing API on top of host functions.
/// </summary>
/// <remarks>
/// The chunk receives one argument, <c>api</c>, with:
/// <list type="bullet">
/// <item><c>api.globals</c>: the shared base environment (add functions and tables here; tables
/// are frozen afterwards, so verbs cannot change them);</item>
/// <item><c>api.host</c>: the host tables with Lua wrappers (raise on error, wait on pending);
/// <c>api.raw</c>: the same functions unwrapped, returning <c>ok, value</c>; <c>api.settle(ok, value)</c>
/// turns such a pair into a result the way the wrappers do;</item>
/// <item><c>api.object</c>: metamethods for object references (<c>__index</c>, <c>__newindex</c>,
/// <c>__call</c>, <c>__lt</c>, …), copied into their locked metatable; this is how
/// <c>obj.prop</c> and <c>obj:verb()</c> get their meaning;</item>
/// <item><c>api.new_object(n)</c> and <c>api.object_id(o)</c>: build and read object references.</item>
/// </list>
/// Host tables also appear as globals of the same name unless a prelude defines that global.
/// Prelude code runs under the run's budget when verbs call it, like any other Lua.
/// </remarks>
/// <param name="Name">Chunk name for error messages.</param>
/// <param name="Source">The Lua source.</param>
public sealed record LuaPrelude(string Name, string Source);
