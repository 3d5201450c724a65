using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Model.Inheritance;

/// <summary>
/// A lookup over a test world that records every object asked for, so tests can check that a
/// lookup reads (and, in a task, adds to the read set) only the objects that decide its answer.
/// </summary>
internal sealed class RecordingLookup(IObjectLookup inner) : IObjectLookup
{
    private readonly List<ObjectId> _reads = [];

    /// <summary>The ids asked for, in order.</summary>
    public IReadOnlyList<ObjectId> Reads => _reads;

    public ValueTask<ObjectState?> FindAsync(ObjectId id, CancellationToken cancellationToken = default)
    {
        _reads.Add(id);
        return inner.FindAsync(id, cancellationToken);
    }
}
