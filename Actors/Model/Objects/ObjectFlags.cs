namespace ActorMoo.Actors.Model;

/// <summary>
/// The flag bits of a MOO object, as in LambdaMOO. Who may change which bit is decided by
/// <see cref="ObjectRules.CanSetFlags"/>: the player, programmer and wizard bits only by a
/// wizard, the read, write and fertile bits also by the object's owner.
/// </summary>
[Flags]
public enum ObjectFlags
{
    /// <summary>No flag set.</summary>
    None = 0,

    /// <summary>The object is a player: people can connect to it and it is its own owner's identity.</summary>
    Player = 1,

    /// <summary>The object may program: write verbs and evaluate code with <c>;</c>.</summary>
    Programmer = 2,

    /// <summary>The object is a wizard and passes every permission check.</summary>
    Wizard = 4,

    /// <summary>Anyone may list the object's properties and verbs (LambdaMOO's <c>r</c> bit).</summary>
    Read = 8,

    /// <summary>Anyone may add or delete the object's properties and verbs (LambdaMOO's <c>w</c> bit).</summary>
    Write = 16,

    /// <summary>Anyone may create children of the object (LambdaMOO's <c>f</c> bit).</summary>
    Fertile = 32,
}
