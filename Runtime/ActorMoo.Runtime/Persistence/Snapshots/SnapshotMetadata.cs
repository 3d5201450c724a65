namespace ActorMoo.Runtime.Persistence;

/// <summary>Identifies a snapshot: whose state it is, after which event, and when it was taken.</summary>
/// <param name="PersistenceId">The entity the snapshot belongs to.</param>
/// <param name="SequenceNr">The sequence number of the last event the snapshot includes.</param>
/// <param name="Timestamp">When it was taken (millisecond precision once stored).</param>
public sealed record SnapshotMetadata(string PersistenceId, long SequenceNr, DateTimeOffset Timestamp);

/// <summary>A loaded snapshot: its metadata and the deserialized state.</summary>
/// <param name="Metadata">Whose state, after which event, when.</param>
/// <param name="State">The state, deserialized and upcast to its current type.</param>
public sealed record Snapshot(SnapshotMetadata Metadata, object State);

/// <summary>A snapshot in its storage form, as <see cref="ISnapshotStorage"/> keeps it.</summary>
/// <param name="Metadata">Whose state, after which event, when.</param>
/// <param name="State">The serialized state.</param>
public sealed record StoredSnapshot(SnapshotMetadata Metadata, SerializedPayload State);
