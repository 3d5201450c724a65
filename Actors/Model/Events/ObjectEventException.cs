namespace ActorMoo.Actors.Model;

/// <summary>
/// An event does not fit the state it is applied to (a second creation, a verb that does not
/// exist, an item already in the contents…). Events are only written after their command was
/// checked, so this means a bug or a damaged journal, never bad player input.
/// </summary>
public sealed class ObjectEventException : InvalidOperationException
{
    /// <summary>Creates the exception with a message naming the object and the event.</summary>
    public ObjectEventException(string message) : base(message)
    {
    }
}
