using System.Text;

namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>
/// Combines the resolved parts of a <see cref="HoconConcatenation"/> by the spec's rules:
/// objects merge (later wins), arrays append, simple values join into one string with the
/// whitespace that was written between them. Mixing objects or arrays with anything else is an
/// error. An undefined optional substitution drops out (an empty string among strings).
/// </summary>
internal static class HoconConcatenator
{
    /// <param name="concatenation">The concatenation, for its whitespace and position.</param>
    /// <param name="values">Its parts resolved, in order; null where an optional substitution was undefined.</param>
    public static HoconValue Combine(HoconConcatenation concatenation, IReadOnlyList<HoconValue?> values)
    {
        List<HoconValue> present = values.OfType<HoconValue>().ToList();
        if (!present.Any(v => v is HoconObject or HoconArray))
        {
            return JoinStrings(concatenation, values);
        }

        HoconValue first = present[0];
        HoconValue? mismatch = present.FirstOrDefault(v => Family(v) != Family(first));
        if (mismatch is not null)
        {
            throw new HoconException(concatenation.Origin,
                $"cannot concatenate {first.KindName} with {mismatch.KindName} (objects merge only with objects, arrays only with arrays)");
        }

        if (first is HoconArray)
        {
            return new HoconArray(present.Cast<HoconArray>().SelectMany(a => a.Items).ToList(), concatenation.Origin);
        }

        return present.Cast<HoconObject>().Aggregate(HoconMerge.MergeResolved);
    }

    /// <summary>0 for objects, 1 for arrays, 2 for simple values: only values of one family concatenate.</summary>
    private static int Family(HoconValue value) => value switch
    {
        HoconObject => 0,
        HoconArray => 1,
        _ => 2,
    };

    private static HoconScalar JoinStrings(HoconConcatenation concatenation, IReadOnlyList<HoconValue?> values)
    {
        var text = new StringBuilder();
        for (int i = 0; i < values.Count; i++)
        {
            if (values[i] is HoconScalar scalar)
            {
                text.Append(scalar.Text);
            }

            if (i < concatenation.Gaps.Count)
            {
                text.Append(concatenation.Gaps[i]);
            }
        }

        return HoconScalar.String(text.ToString(), concatenation.Origin);
    }
}
