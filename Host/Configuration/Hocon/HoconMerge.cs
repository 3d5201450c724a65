namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>
/// The spec's merge rule, used for duplicate keys, includes and layered files alike: when both
/// values are objects they merge field by field (later fields win, nested objects merge); any
/// other later value replaces the earlier one. A value that depends on substitutions cannot be
/// merged yet, so the definitions are kept as a <see cref="HoconMergeStack"/> for the resolver.
/// </summary>
internal static class HoconMerge
{
    /// <summary>Merges a later definition over an earlier one (either may be unresolved).</summary>
    public static HoconValue Merge(HoconValue? earlier, HoconValue later)
    {
        bool laterIsUnresolved = later is HoconSubstitution or HoconConcatenation or HoconMergeStack;
        if (earlier is null)
        {
            // A lone substitution still becomes a stack of one: `a = ${?a}` must be able to see
            // "nothing below" rather than cycle on itself.
            return later is HoconSubstitution or HoconConcatenation ? new HoconMergeStack([later]) : later;
        }

        if (later is HoconObject laterObject)
        {
            return earlier switch
            {
                HoconObject earlierObject => MergeObjects(earlierObject, laterObject),
                HoconMergeStack or HoconSubstitution or HoconConcatenation => Stack(earlier, later),
                _ => later,
            };
        }

        return laterIsUnresolved ? Stack(earlier, later) : later;
    }

    /// <summary>Merges two resolved objects into a new one; <paramref name="later"/> wins.</summary>
    public static HoconObject MergeResolved(HoconObject earlier, HoconObject later)
    {
        var merged = new HoconObject(later.Origin);
        foreach ((string key, HoconValue value) in earlier.Fields)
        {
            merged.Set(key, value);
        }

        foreach ((string key, HoconValue value) in later.Fields)
        {
            merged.Set(key, merged.TryGetField(key, out HoconValue? existing) && existing is HoconObject e && value is HoconObject l
                ? MergeResolved(e, l)
                : value);
        }

        return merged;
    }

    private static HoconObject MergeObjects(HoconObject earlier, HoconObject later)
    {
        var merged = new HoconObject(earlier.Origin);
        foreach ((string key, HoconValue value) in earlier.Fields)
        {
            merged.Set(key, value);
        }

        foreach ((string key, HoconValue value) in later.Fields)
        {
            merged.MergeField(key, value);
        }

        return merged;
    }

    private static HoconMergeStack Stack(HoconValue earlier, HoconValue later) =>
        new([.. Layers(earlier), .. Layers(later)]);

    private static IReadOnlyList<HoconValue> Layers(HoconValue value) =>
        value is HoconMergeStack stack ? stack.Layers : [value];
}
