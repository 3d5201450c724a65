using ActorMoo.Actors.Model;

namespace ActorMoo.Actors.WorldFiles;

/// <summary>The words world files write object flags with: <c>player</c>, <c>programmer</c>, <c>wizard</c>, <c>read</c>, <c>write</c>, <c>fertile</c>.</summary>
internal static class ObjectFlagWords
{
    private static readonly (ObjectFlags Flag, string Word)[] Words =
    [
        (ObjectFlags.Player, "player"),
        (ObjectFlags.Programmer, "programmer"),
        (ObjectFlags.Wizard, "wizard"),
        (ObjectFlags.Read, "read"),
        (ObjectFlags.Write, "write"),
        (ObjectFlags.Fertile, "fertile"),
    ];

    /// <summary>The words of the set flags, in the order above.</summary>
    public static IEnumerable<string> Format(ObjectFlags flags) =>
        Words.Where(w => (flags & w.Flag) != 0).Select(w => w.Word);

    /// <summary>Reads the words into flags.</summary>
    /// <exception cref="WorldFileException">An unknown word.</exception>
    public static ObjectFlags Parse(IEnumerable<string> words, string where)
    {
        var flags = ObjectFlags.None;
        foreach (var word in words)
        {
            var match = Words.FirstOrDefault(w => w.Word == word);
            if (match.Word is null) throw new WorldFileException($"{where}: unknown flag '{word}' (flags are {string.Join(", ", Words.Select(w => w.Word))}).");
            flags |= match.Flag;
        }
        return flags;
    }
}
