namespace ActorMoo.Runtime.Sharding;

/// <summary>Where a hosted entity is in its life, as its shard sees it.</summary>
internal enum EntityState : byte
{
    /// <summary>Running: messages are delivered at once; the entity is in the LRU order.</summary>
    Active,

    /// <summary>Told to stop (passivation or hand-off); messages are buffered until it has stopped,
    /// then delivered to its next incarnation.</summary>
    Passivating,

    /// <summary>Not created yet: waiting until the remember-entities store has recorded its start;
    /// messages are buffered until then.</summary>
    Remembering,
}
