namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// An event or snapshot in its stored form: the stable type manifest that names what it is, and
/// the UTF-8 JSON bytes of its value. This is what journals and snapshot stores keep.
/// </summary>
/// <param name="Manifest">The stable name registered for the value's type (see <see cref="TypeManifestRegistry"/>).</param>
/// <param name="Payload">The serialized value; never shared with another payload and never mutated.</param>
public sealed record SerializedPayload(string Manifest, byte[] Payload);
