namespace ActorMoo.Scripting.Values;

/// <summary>
/// A total order over values: first by <see cref="MooValueKind"/>, then by content (numbers
/// numerically, strings ordinally, objects by number, lists element-wise, maps entry-wise).
/// Maps keep their keys in this order, so equal maps serialize to identical text.
/// </summary>
public sealed class MooValueComparer : IComparer<MooValue>
{
    /// <summary>The single instance.</summary>
    public static MooValueComparer Instance { get; } = new();

    private MooValueComparer()
    {
    }

    /// <inheritdoc />
    public int Compare(MooValue x, MooValue y)
    {
        if (x.Kind != y.Kind) return x.Kind.CompareTo(y.Kind);
        switch (x.Kind)
        {
            case MooValueKind.Nil: return 0;
            case MooValueKind.Boolean:
            case MooValueKind.Integer:
            case MooValueKind.Object: return x.Bits.CompareTo(y.Bits);
            case MooValueKind.Float: return x.AsFloat().CompareTo(y.AsFloat());
            case MooValueKind.String: return string.CompareOrdinal(x.AsString(), y.AsString());
            case MooValueKind.List: return CompareLists(x, y);
            default: return CompareMaps(x, y);
        }
    }

    private int CompareLists(MooValue x, MooValue y)
    {
        var a = x.AsList();
        var b = y.AsList();
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = Compare(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Length.CompareTo(b.Length);
    }

    private int CompareMaps(MooValue x, MooValue y)
    {
        using var a = x.AsMap().GetEnumerator();
        using var b = y.AsMap().GetEnumerator();
        while (true)
        {
            var hasA = a.MoveNext();
            var hasB = b.MoveNext();
            if (!hasA || !hasB) return hasA.CompareTo(hasB);
            var c = Compare(a.Current.Key, b.Current.Key);
            if (c == 0) c = Compare(a.Current.Value, b.Current.Value);
            if (c != 0) return c;
        }
    }
}
