using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// A verb's argument spec, <c>dobj prep iobj</c> (e.g. <c>this in any</c>): which commands the
/// verb can be the target of. Verbs meant only to be called from code use <c>this none this</c>
/// by LambdaCore convention.
/// </summary>
/// <param name="Dobj">What the direct object must be.</param>
/// <param name="Prep">Which preposition the command must have (<see cref="Preposition.Any"/> for any).</param>
/// <param name="Iobj">What the indirect object must be.</param>
public readonly record struct VerbArgSpec(ObjectArgSpec Dobj, Preposition Prep, ObjectArgSpec Iobj)
{
    /// <summary><c>none none none</c>: a command with no objects (<c>look</c>, <c>inventory</c>).</summary>
    public static VerbArgSpec NoneNoneNone { get; } = new(ObjectArgSpec.None, Preposition.None, ObjectArgSpec.None);

    /// <summary><c>any any any</c>: every command with the verb's name.</summary>
    public static VerbArgSpec AnyAnyAny { get; } = new(ObjectArgSpec.Any, Preposition.Any, ObjectArgSpec.Any);

    /// <summary><c>this none this</c>: LambdaCore's convention for verbs that are not commands.</summary>
    public static VerbArgSpec ThisNoneThis { get; } = new(ObjectArgSpec.This, Preposition.None, ObjectArgSpec.This);

    /// <summary>
    /// True when a command with the matched <paramref name="dobj"/>, <paramref name="prep"/> and
    /// <paramref name="iobj"/> fits this spec while the verb is looked for on <paramref name="self"/>
    /// (LambdaMOO's <c>db_find_command_verb</c>): <c>this</c> needs the object to be
    /// <paramref name="self"/>, <c>none</c> needs it to be <c>#-1</c>, <c>any</c> takes anything.
    /// </summary>
    public bool Matches(ObjectId self, ObjectId dobj, Preposition prep, ObjectId iobj) =>
        Fits(Dobj, self, dobj) && (Prep == Preposition.Any || Prep == prep) && Fits(Iobj, self, iobj);

    private static bool Fits(ObjectArgSpec spec, ObjectId self, ObjectId matched)
    {
        var actual = matched == self ? ObjectArgSpec.This
            : matched == SpecialObjects.Nothing ? ObjectArgSpec.None
            : ObjectArgSpec.Any;
        return spec == ObjectArgSpec.Any || spec == actual;
    }

    /// <summary>The written form, e.g. <c>this in front of any</c> or <c>any with/using this</c>.</summary>
    public override string ToString() =>
        $"{Format(Dobj)} {PrepositionTable.Format(Prep)} {Format(Iobj)}";

    /// <summary>
    /// Reads <c>dobj prep iobj</c>: the first word and the last word are <c>this</c>, <c>any</c>
    /// or <c>none</c>; everything between is a preposition as <see cref="PrepositionTable.TryParse"/> reads it.
    /// </summary>
    public static bool TryParse(string text, out VerbArgSpec spec)
    {
        ArgumentNullException.ThrowIfNull(text);
        spec = default;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3) return false;
        if (!TryParseObject(words[0], out var dobj) || !TryParseObject(words[^1], out var iobj)) return false;
        if (!PrepositionTable.TryParse(string.Join(' ', words[1..^1]), out var prep)) return false;
        spec = new VerbArgSpec(dobj, prep, iobj);
        return true;
    }

    /// <summary>Reads <c>this</c>, <c>any</c> or <c>none</c> (any case).</summary>
    public static bool TryParseObject(string word, out ObjectArgSpec spec)
    {
        spec = ObjectArgSpec.None;
        if (MooNames.Equal(word, "none")) return true;
        if (MooNames.Equal(word, "any")) { spec = ObjectArgSpec.Any; return true; }
        if (MooNames.Equal(word, "this")) { spec = ObjectArgSpec.This; return true; }
        return false;
    }

    private static string Format(ObjectArgSpec spec) => spec switch
    {
        ObjectArgSpec.Any => "any",
        ObjectArgSpec.This => "this",
        _ => "none",
    };
}
