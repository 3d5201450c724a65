namespace ActorMoo.Runtime.Core;

/// <summary>
/// Marks a runtime actor that receives <see cref="Terminated"/> for every child that stops,
/// without watching it. A parent learns of its children's stops anyway; watching each child would
/// also cost the child a watcher set, which a sharding shard hosting a million idle entities
/// cannot afford. Delivery is exactly once per child, queued behind the child's last messages,
/// as with death watch.
/// </summary>
internal interface IChildTerminationObserver;
