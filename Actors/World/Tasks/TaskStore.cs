using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Actors.World.Tasks;

/// <summary>
/// Keeps waiting tasks in the journal, one stream per task (<c>task-&lt;id&gt;</c>): a
/// <see cref="TaskSaved"/> each time the task starts waiting, a <see cref="TaskResumed"/> each time it
/// goes on, a <see cref="TaskEnded"/> when it stops for good, after which its events are deleted. One stream per task means one writer per stream, so
/// saving never conflicts with another task.
/// </summary>
public sealed class TaskStore
{
    /// <summary>The prefix of task streams.</summary>
    public const string StreamPrefix = "task-";

    private readonly EventJournal _journal;

    /// <summary>Creates the store over <paramref name="journal"/>.</summary>
    public TaskStore(EventJournal journal)
    {
        ArgumentNullException.ThrowIfNull(journal);
        _journal = journal;
    }

    /// <summary>The stream of task <paramref name="id"/>.</summary>
    public static string StreamOf(long id) => StreamPrefix + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Saves <paramref name="record"/> after the stream's event <paramref name="sequenceNr"/>; returns the new sequence number.</summary>
    public async Task<long> SaveAsync(TaskRecord record, long sequenceNr)
    {
        ArgumentNullException.ThrowIfNull(record);
        await _journal.WriteAsync(StreamOf(record.Id), sequenceNr, [new TaskSaved(record)]).ConfigureAwait(false);
        return sequenceNr + 1;
    }

    /// <summary>Marks task <paramref name="id"/> running (not to be brought back); returns the new sequence number.</summary>
    public async Task<long> MarkResumedAsync(long id, long sequenceNr)
    {
        await _journal.WriteAsync(StreamOf(id), sequenceNr, [new TaskResumed(id)]).ConfigureAwait(false);
        return sequenceNr + 1;
    }

    /// <summary>Marks task <paramref name="id"/> ended and deletes its stream's events.</summary>
    public async Task EndAsync(long id, long sequenceNr)
    {
        var stream = StreamOf(id);
        await _journal.WriteAsync(stream, sequenceNr, [new TaskEnded(id)]).ConfigureAwait(false);
        await _journal.DeleteEventsToAsync(stream, sequenceNr + 1).ConfigureAwait(false);
    }

    /// <summary>Every task that was waiting when the world stopped, with its stream's sequence number.</summary>
    public async Task<IReadOnlyList<(TaskRecord Record, long SequenceNr)>> LoadWaitingAsync(CancellationToken cancellationToken = default)
    {
        var waiting = new List<(TaskRecord, long)>();
        await foreach (var stream in _journal.CurrentPersistenceIdsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!stream.StartsWith(StreamPrefix, StringComparison.Ordinal)
                || !long.TryParse(stream.AsSpan(StreamPrefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
                continue;
            TaskRecord? last = null;
            long sequenceNr = 0;
            await foreach (var envelope in _journal.ReadEventsAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                sequenceNr = envelope.SequenceNr;
                last = envelope.Event switch
                {
                    TaskSaved saved => saved.Record,
                    _ => null,
                };
            }
            if (last is not null)
                waiting.Add((last, sequenceNr));
        }
        return waiting;
    }
}
