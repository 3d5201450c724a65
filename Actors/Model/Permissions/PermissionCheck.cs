namespace ActorMoo.Actors.Model;

/// <summary>The kind of a refusal, mapping onto the MOO error a verb sees.</summary>
public enum DenialKind
{
    /// <summary>Not allowed for this principal (MOO <c>E_PERM</c>).</summary>
    PermissionDenied,

    /// <summary>Not allowed for anyone: a bad name, a clash, a missing object (MOO <c>E_INVARG</c>).</summary>
    InvalidArgument,

    /// <summary>The change would make an object contain or inherit from itself (MOO <c>E_RECMOVE</c>).</summary>
    Recursion,
}

/// <summary>Why something was refused, with a sentence a player can read.</summary>
/// <param name="Kind">The kind of refusal.</param>
/// <param name="Message">For the player, e.g. <c>Permission denied: you don't own #12 (Lamp).</c></param>
public sealed record Denial(DenialKind Kind, string Message);

/// <summary>
/// The result of a permission or validity rule: allowed, or a <see cref="Denial"/>. Rules
/// return it instead of throwing so that callers choose: raise a MOO error in a verb, or tell the player.
/// </summary>
public readonly record struct PermissionCheck
{
    private PermissionCheck(Denial? denial) => Denial = denial;

    /// <summary>The refusal, or null when allowed.</summary>
    public Denial? Denial { get; }

    /// <summary>True when allowed.</summary>
    public bool IsAllowed => Denial is null;

    /// <summary>The allowing result.</summary>
    public static PermissionCheck Allowed { get; } = new(null);

    /// <summary>A refusal of the given kind with a player-readable message.</summary>
    public static PermissionCheck Deny(DenialKind kind, string message) => new(new Denial(kind, message));

    /// <summary>A <see cref="DenialKind.PermissionDenied"/> refusal; the message gets the "Permission denied: " prefix.</summary>
    public static PermissionCheck PermissionDenied(string reason) =>
        Deny(DenialKind.PermissionDenied, "Permission denied: " + reason);

    /// <summary>An <see cref="DenialKind.InvalidArgument"/> refusal.</summary>
    public static PermissionCheck Invalid(string message) => Deny(DenialKind.InvalidArgument, message);

    /// <summary>Allowed when <paramref name="condition"/> holds, otherwise a permission denial for <paramref name="reason"/>.</summary>
    public static PermissionCheck Require(bool condition, string reason) => condition ? Allowed : PermissionDenied(reason);

    /// <summary>This result when it is a refusal, otherwise the result of <paramref name="next"/>.</summary>
    public PermissionCheck Then(Func<PermissionCheck> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return IsAllowed ? next() : this;
    }

    /// <summary>"allowed" or the denial message, for logs and test output.</summary>
    public override string ToString() => Denial?.Message ?? "allowed";
}
