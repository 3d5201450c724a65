namespace ActorMoo.Actors.Model;

/// <summary>
/// What names the world accepts for objects, properties and verbs (@rename, @property, @verb).
/// LambdaMOO has no limits here; these keep names printable and sane without getting in a builder's way.
/// </summary>
public static class NameRules
{
    /// <summary>The longest object name or alias accepted.</summary>
    public const int MaxObjectNameLength = 100;

    /// <summary>The longest property name accepted.</summary>
    public const int MaxPropertyNameLength = 64;

    /// <summary>The longest verb names string accepted.</summary>
    public const int MaxVerbNamesLength = 200;

    /// <summary>
    /// The properties every object has built in; no property may be added under these names.
    /// LambdaMOO's nine, and <c>aliases</c>, <c>parents</c> and <c>children</c>, which are part of every object here.
    /// As in LambdaMOO the player flag is no property (<c>is_player</c>/<c>set_player_flag</c> read and
    /// set it), so <c>player</c> stays free for <c>$player</c>, the generic player.
    /// </summary>
    public static IReadOnlySet<string> BuiltinProperties { get; } = new HashSet<string>(
        ["name", "owner", "location", "contents", "programmer", "wizard", "r", "w", "f", "aliases", "parents", "children"],
        MooNames.Comparer);

    /// <summary>An object name or alias: not blank, at most <see cref="MaxObjectNameLength"/> characters, no control characters.</summary>
    public static PermissionCheck CheckObjectName(string name) => CheckText(name, "A name", MaxObjectNameLength);

    /// <summary>
    /// A property name: not blank, no spaces or control characters, at most
    /// <see cref="MaxPropertyNameLength"/> characters, and not a built-in property.
    /// </summary>
    public static PermissionCheck CheckPropertyName(string name)
    {
        var check = CheckText(name, "A property name", MaxPropertyNameLength);
        if (!check.IsAllowed) return check;
        if (name.Any(char.IsWhiteSpace)) return PermissionCheck.Invalid("A property name cannot contain spaces.");
        return BuiltinProperties.Contains(name)
            ? PermissionCheck.Invalid($"{name} is a built-in property and cannot be added.")
            : PermissionCheck.Allowed;
    }

    /// <summary>A verb names string: at least one name, at most <see cref="MaxVerbNamesLength"/> characters, no control characters.</summary>
    public static PermissionCheck CheckVerbNames(string names)
    {
        var check = CheckText(names, "A verb name", MaxVerbNamesLength);
        return check.IsAllowed && VerbNames.Split(names).Length == 0 ? PermissionCheck.Invalid("A verb needs a name.") : check;
    }

    private static PermissionCheck CheckText(string text, string what, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text)) return PermissionCheck.Invalid($"{what} cannot be empty.");
        if (text.Length > maxLength) return PermissionCheck.Invalid($"{what} can be at most {maxLength} characters long.");
        if (text.Any(char.IsControl)) return PermissionCheck.Invalid($"{what} cannot contain control characters.");
        return PermissionCheck.Allowed;
    }
}
