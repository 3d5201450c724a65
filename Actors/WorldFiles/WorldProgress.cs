namespace ActorMoo.Actors.WorldFiles;

/// <summary>How far an export or import is, for a progress display.</summary>
/// <param name="Phase">What is happening: <c>reading objects</c>, <c>writing</c>…</param>
/// <param name="Done">Units done in this phase.</param>
/// <param name="Total">Units in this phase (0 when unknown).</param>
public readonly record struct WorldProgress(string Phase, long Done, long Total);
