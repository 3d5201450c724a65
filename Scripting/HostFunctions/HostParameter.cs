namespace ActorMoo.Scripting.HostFunctions;

/// <summary>One declared parameter of a host function.</summary>
/// <param name="Name">Shown in error messages and generated help.</param>
/// <param name="Type">What the argument must be.</param>
/// <param name="Optional">May be omitted or nil; optional parameters come last.</param>
public sealed record HostParameter(string Name, HostArgType Type, bool Optional = false);
