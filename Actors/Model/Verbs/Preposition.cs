namespace ActorMoo.Actors.Model;

/// <summary>
/// The preposition of a command or of a verb's argument spec: LambdaMOO's fifteen preposition
/// sets (each with its synonyms, see <see cref="PrepositionTable"/>), plus <see cref="None"/> and,
/// in argument specs only, <see cref="Any"/>. Members keep LambdaMOO's order: the parser tries
/// the sets in this order at each word position.
/// </summary>
public enum Preposition
{
    /// <summary>No preposition (in a spec: the command must have none).</summary>
    None = -1,

    /// <summary>Any preposition or none; only meaningful in a verb's argument spec.</summary>
    Any = -2,

    /// <summary><c>with/using</c>.</summary>
    With = 0,

    /// <summary><c>at/to</c>.</summary>
    At,

    /// <summary><c>in front of</c>.</summary>
    InFrontOf,

    /// <summary><c>in/inside/into</c>.</summary>
    In,

    /// <summary><c>on top of/on/onto/upon</c>.</summary>
    On,

    /// <summary><c>out of/from inside/from</c>.</summary>
    OutOf,

    /// <summary><c>over</c>.</summary>
    Over,

    /// <summary><c>through</c>.</summary>
    Through,

    /// <summary><c>under/underneath/beneath</c>.</summary>
    Under,

    /// <summary><c>behind</c>.</summary>
    Behind,

    /// <summary><c>beside</c>.</summary>
    Beside,

    /// <summary><c>for/about</c>.</summary>
    For,

    /// <summary><c>is</c>.</summary>
    Is,

    /// <summary><c>as</c>.</summary>
    As,

    /// <summary><c>off/off of</c>.</summary>
    Off,
}
