using System.Text.Json.Serialization;

namespace ActorMoo.Actors.Model;

/// <summary>
/// A change to one object, as journaled by its actor and replayed with <see cref="ObjectEvents.Apply"/>.
/// Every event is a plain immutable record without references to other objects' state, and every
/// concrete type carries a stable <c>Manifest</c> constant (its persistence manifest, also the
/// <c>$event</c> discriminator when events are serialized through this base type). Manifests never
/// change; a changed shape gets a new <c>.vN</c> manifest and an upcaster.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(ObjectCreated), ObjectCreated.Manifest)]
[JsonDerivedType(typeof(ObjectRecycled), ObjectRecycled.Manifest)]
[JsonDerivedType(typeof(ObjectRenamed), ObjectRenamed.Manifest)]
[JsonDerivedType(typeof(AliasesSet), AliasesSet.Manifest)]
[JsonDerivedType(typeof(OwnerChanged), OwnerChanged.Manifest)]
[JsonDerivedType(typeof(FlagsChanged), FlagsChanged.Manifest)]
[JsonDerivedType(typeof(ParentsChanged), ParentsChanged.Manifest)]
[JsonDerivedType(typeof(ChildAdded), ChildAdded.Manifest)]
[JsonDerivedType(typeof(ChildRemoved), ChildRemoved.Manifest)]
[JsonDerivedType(typeof(LocationChanged), LocationChanged.Manifest)]
[JsonDerivedType(typeof(ContentAdded), ContentAdded.Manifest)]
[JsonDerivedType(typeof(ContentRemoved), ContentRemoved.Manifest)]
[JsonDerivedType(typeof(PropertyAdded), PropertyAdded.Manifest)]
[JsonDerivedType(typeof(PropertyValueSet), PropertyValueSet.Manifest)]
[JsonDerivedType(typeof(PropertyCleared), PropertyCleared.Manifest)]
[JsonDerivedType(typeof(PropertyInfoChanged), PropertyInfoChanged.Manifest)]
[JsonDerivedType(typeof(PropertyOverrideRenamed), PropertyOverrideRenamed.Manifest)]
[JsonDerivedType(typeof(PropertyDeleted), PropertyDeleted.Manifest)]
[JsonDerivedType(typeof(VerbAdded), VerbAdded.Manifest)]
[JsonDerivedType(typeof(VerbCodeSet), VerbCodeSet.Manifest)]
[JsonDerivedType(typeof(VerbInfoChanged), VerbInfoChanged.Manifest)]
[JsonDerivedType(typeof(VerbArgsChanged), VerbArgsChanged.Manifest)]
[JsonDerivedType(typeof(VerbDeleted), VerbDeleted.Manifest)]
public abstract record ObjectEvent;
