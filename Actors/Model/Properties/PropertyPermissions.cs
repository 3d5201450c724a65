namespace ActorMoo.Actors.Model;

/// <summary>
/// The permission bits of a property, written <c>rwc</c> as in LambdaMOO.
/// </summary>
[Flags]
public enum PropertyPermissions
{
    /// <summary>Only the property's owner and wizards may read or write it.</summary>
    None = 0,

    /// <summary><c>r</c>: anyone may read the value.</summary>
    Read = 1,

    /// <summary><c>w</c>: anyone may write the value (and change the bits, but not the owner).</summary>
    Write = 2,

    /// <summary>
    /// <c>c</c>: "change ownership in descendants" — on a descendant, the inherited property is
    /// owned by the descendant's owner instead of the property's owner, so the descendant's owner
    /// may write it.
    /// </summary>
    Chown = 4,
}

/// <summary>Reading and writing the <c>rwc</c> letters of <see cref="PropertyPermissions"/>.</summary>
public static class PropertyPermissionsText
{
    /// <summary>The letters of the set bits in the order <c>r</c>, <c>w</c>, <c>c</c> (empty when none).</summary>
    public static string Format(PropertyPermissions permissions) =>
        PermissionLetters.Format((int)permissions, "rwc");

    /// <summary>Parses letters from <c>rwc</c> in any order and case; false for any other letter.</summary>
    public static bool TryParse(string text, out PropertyPermissions permissions)
    {
        var ok = PermissionLetters.TryParse(text, "rwc", out var bits);
        permissions = (PropertyPermissions)bits;
        return ok;
    }
}
