namespace ActorMoo.Scripting.Engine;

/// <summary>
/// A verb's Lua source and the identity under which its compiled form is cached. The world bumps
/// <paramref name="Version"/> whenever the source changes, so stale code is never run.
/// </summary>
/// <param name="Id">Stable identity of the verb (e.g. <c>"#12:look"</c> or a database key).</param>
/// <param name="Version">Changes with every edit of the source.</param>
/// <param name="Name">Shown in error messages and tracebacks, e.g. <c>#12:look</c>.</param>
/// <param name="Source">The verb body. Its arguments arrive as <c>...</c>.</param>
public sealed record VerbCode(string Id, long Version, string Name, string Source);
