namespace ActorMoo.Actors.WorldFiles;

/// <summary>Checks on the set of <see cref="IWorldFileSection"/>s a host registered.</summary>
internal static class WorldSections
{
    /// <summary>Refuses two sections claiming one file: one would silently overwrite the other's export.</summary>
    /// <exception cref="ArgumentException">Two sections have the same <see cref="IWorldFileSection.FileName"/>.</exception>
    public static void CheckDistinct(IReadOnlyList<IWorldFileSection> sections)
    {
        var duplicate = sections.GroupBy(s => s.FileName, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Two world file sections claim {duplicate.Key}: {string.Join(" and ", duplicate.Select(s => s.GetType().Name))}.", nameof(sections));
        foreach (var section in sections)
        {
            if (section.FileName.Contains('/') || !section.FileName.EndsWith(".json", StringComparison.Ordinal) || WorldFileSet.CheckPath(section.FileName) is not null || section.FileName == WorldReader.WorldFileName)
                throw new ArgumentException($"A world file section's file must be a top-level .json file other than {WorldReader.WorldFileName}, not '{section.FileName}'.", nameof(sections));
        }
    }
}
