using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>A verb found by lookup: the object it was looked for on, where it is defined, and the verb.</summary>
/// <param name="This">The object the verb was looked up on (the verb's <c>this</c>).</param>
/// <param name="Definer">The object that defines the verb (itself or an ancestor).</param>
/// <param name="Verb">The verb.</param>
public sealed record ResolvedVerb(ObjectId This, ObjectId Definer, VerbDefinition Verb);
