namespace ActorMoo.Actors.Model;

/// <summary>
/// The permission bits of a verb, written <c>rwxd</c> as in LambdaMOO. DESIGN names r/x/d; the
/// <c>w</c> bit is LambdaMOO's too and lets a verb's owner open it to other programmers.
/// </summary>
[Flags]
public enum VerbPermissions
{
    /// <summary>Only the verb's owner and wizards may read or change it; it cannot be called from code.</summary>
    None = 0,

    /// <summary><c>r</c>: anyone may read the verb's code and info.</summary>
    Read = 1,

    /// <summary><c>w</c>: any programmer may change the verb's code, names, bits and argument spec.</summary>
    Write = 2,

    /// <summary><c>x</c>: the verb may be called from code (<c>obj:verb()</c>); commands need no <c>x</c>.</summary>
    Execute = 4,

    /// <summary><c>d</c>: errors in the verb are raised to its caller instead of being returned as values.</summary>
    Debug = 8,
}

/// <summary>Reading and writing the <c>rwxd</c> letters of <see cref="VerbPermissions"/>.</summary>
public static class VerbPermissionsText
{
    /// <summary>The letters of the set bits in the order <c>r</c>, <c>w</c>, <c>x</c>, <c>d</c> (empty when none).</summary>
    public static string Format(VerbPermissions permissions) =>
        PermissionLetters.Format((int)permissions, "rwxd");

    /// <summary>Parses letters from <c>rwxd</c> in any order and case; false for any other letter.</summary>
    public static bool TryParse(string text, out VerbPermissions permissions)
    {
        var ok = PermissionLetters.TryParse(text, "rwxd", out var bits);
        permissions = (VerbPermissions)bits;
        return ok;
    }
}
