namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>
/// Resolves substitutions after the whole configuration (every file and include) is parsed and
/// merged, as the spec requires, producing a tree of plain objects, arrays and scalars.
/// </summary>
/// <remarks>
/// <para>
/// Lookups "look forward": <c>${a.b}</c> sees the final value of <c>a.b</c>, resolved lazily
/// and only as far as needed, so an object may refer to its own other fields
/// (<c>bar { foo = 42, baz = ${bar.foo} }</c>). Plain objects are walked, not resolved whole.
/// </para>
/// <para>
/// Self-references "look back": while a field's definition that contains a substitution is
/// being resolved, a frame records the field's path and the value of its earlier definitions
/// (the layers below it in its <see cref="HoconMergeStack"/>). A substitution of that path, or of
/// a path inside it, reads that earlier value; this is how <c>path = ${path}":/x"</c>,
/// <c>a += b</c> and <c>${?a}</c> overrides work. A reference that neither resolves nor looks
/// back is a cycle and reported as such.
/// </para>
/// </remarks>
internal sealed class HoconResolver
{
    private readonly HoconObject _root;
    private readonly Func<string, string?> _environment;

    /// <summary>Final values by absolute path once computed; null means the field vanished (an undefined <c>${?x}</c>).</summary>
    private readonly Dictionary<HoconPath, HoconValue?> _final = [];

    /// <summary>Paths whose final value is being computed; meeting one again is a cycle.</summary>
    private readonly HashSet<HoconPath> _computing = [];

    /// <summary>Self-reference frames, innermost last.</summary>
    private readonly List<Frame> _frames = [];

    private HoconResolver(HoconObject root, Func<string, string?> environment)
    {
        _root = root;
        _environment = environment;
    }

    /// <summary>Resolves every substitution in <paramref name="root"/>.</summary>
    /// <param name="root">The merged, unresolved configuration.</param>
    /// <param name="environment">Fallback for substitutions not found in the configuration (environment variables).</param>
    /// <exception cref="HoconException">A substitution is undefined, circular, or concatenates incompatible values.</exception>
    public static HoconObject Resolve(HoconObject root, Func<string, string?> environment) =>
        new HoconResolver(root, environment).ResolveAttachedObject(root, HoconPath.Root);

    /// <summary>Resolves an object that sits in the tree through plain objects only: its fields are final values.</summary>
    private HoconObject ResolveAttachedObject(HoconObject obj, HoconPath path)
    {
        var result = new HoconObject(obj.Origin);
        foreach ((string key, _) in obj.Fields)
        {
            if (FinalValue(path.Append(key), requester: null) is { } value)
            {
                result.Set(key, value);
            }
        }

        return result;
    }

    /// <summary>The final value at a path reachable from the root through plain objects.</summary>
    private HoconValue? FinalValue(HoconPath path, HoconSubstitution? requester)
    {
        if (_final.TryGetValue(path, out HoconValue? done))
        {
            return done;
        }

        if (!_computing.Add(path))
        {
            throw new HoconException(
                requester?.Origin ?? _root.Origin,
                $"circular substitution: {requester?.ToString() ?? path.ToString()} needs the value of '{path}', which depends on it");
        }

        HoconValue? value;
        try
        {
            HoconValue node = _root.Find(path)!;
            value = node is HoconObject obj ? ResolveAttachedObject(obj, path) : Layer(node, path, below: null);
        }
        finally
        {
            _computing.Remove(path);
        }

        _final[path] = value;
        return value;
    }

    /// <summary>Resolves <paramref name="node"/> as a definition of the field at <paramref name="path"/> made over <paramref name="below"/>.</summary>
    private HoconValue? Layer(HoconValue node, HoconPath path, HoconValue? below)
    {
        switch (node)
        {
            case HoconMergeStack stack:
                HoconValue? current = below;
                foreach (HoconValue layer in stack.Layers)
                {
                    current = Layer(layer, path, current);
                }

                return current;

            case HoconObject obj:
                return LayerObject(obj, path, below as HoconObject);

            case HoconSubstitution or HoconConcatenation:
                _frames.Add(new Frame(path, below));
                HoconValue? value;
                try
                {
                    value = Value(node, path);
                }
                finally
                {
                    _frames.RemoveAt(_frames.Count - 1);
                }

                if (value is null)
                {
                    return below;
                }

                return value is HoconObject valueObject && below is HoconObject belowObject
                    ? HoconMerge.MergeResolved(belowObject, valueObject)
                    : value;

            default:
                return Value(node, path);
        }
    }

    /// <summary>An object layer merges field by field with the object below; each field builds on the one below it.</summary>
    private HoconObject LayerObject(HoconObject obj, HoconPath path, HoconObject? below)
    {
        var result = new HoconObject(obj.Origin);
        if (below is not null)
        {
            foreach ((string key, HoconValue value) in below.Fields)
            {
                result.Set(key, value);
            }
        }

        foreach ((string key, HoconValue child) in obj.Fields)
        {
            HoconValue? childBelow = null;
            below?.TryGetField(key, out childBelow);
            if (Layer(child, path.Append(key), childBelow) is { } value)
            {
                result.Set(key, value);
            }
        }

        return result;
    }

    /// <summary>Resolves a value on its own (not merged over anything).</summary>
    private HoconValue? Value(HoconValue node, HoconPath path) => node switch
    {
        HoconScalar scalar => scalar,
        HoconArray array => ResolveArray(array, path),
        HoconSubstitution substitution => Substitute(substitution),
        HoconConcatenation concatenation => HoconConcatenator.Combine(
            concatenation, concatenation.Parts.Select(part => Value(part, path)).ToList()),
        _ => Layer(node, path, below: null),
    };

    private HoconArray ResolveArray(HoconArray array, HoconPath path)
    {
        var items = new List<HoconValue>(array.Items.Count);
        for (int i = 0; i < array.Items.Count; i++)
        {
            // Array elements have no HOCON path; a segment no key can spell keeps any frames
            // opened inside them from matching user-written substitutions.
            if (Value(array.Items[i], path.Append("\0" + i)) is { } item)
            {
                items.Add(item);
            }
        }

        return new HoconArray(items, array.Origin);
    }

    private HoconValue? Substitute(HoconSubstitution substitution)
    {
        HoconValue? value = Lookup(substitution.Path, substitution);
        if (value is null && substitution.FallbackPath is not null)
        {
            value = Lookup(substitution.FallbackPath, substitution);
        }

        if (value is not null || substitution.IsOptional)
        {
            return value;
        }

        HoconPath path = substitution.FallbackPath ?? substitution.Path;
        int frame = _frames.FindLastIndex(f => substitution.Path.StartsWith(f.Path));
        string reason = frame < 0
            ? $"{substitution} is not defined: there is no '{path}' in the configuration and no environment variable '{path.ToEnvironmentName()}' (use ${{?{path}}} if it may be absent)"
            : frame == _frames.Count - 1
                ? $"{substitution} refers to the value being defined, which has no earlier definition to build on (use ${{?{path}}} if it may be absent)"
                : $"circular substitution: {substitution} depends, through other substitutions, on the value of '{_frames[frame].Path}' being defined";
        throw new HoconException(substitution.Origin, reason);
    }

    /// <summary>Finds the value a substitution of <paramref name="path"/> stands for, or null if it is undefined.</summary>
    private HoconValue? Lookup(HoconPath path, HoconSubstitution requester)
    {
        for (int i = _frames.Count - 1; i >= 0; i--)
        {
            Frame frame = _frames[i];
            if (path.StartsWith(frame.Path))
            {
                return Navigate(frame.Below, path.Skip(frame.Path.Count)) ?? Environment(path);
            }
        }

        HoconObject current = _root;
        for (int i = 0; i < path.Count; i++)
        {
            if (!current.TryGetField(path.Segments[i], out HoconValue? child))
            {
                return Environment(path);
            }

            if (child is HoconObject plain && i < path.Count - 1)
            {
                current = plain;
                continue;
            }

            HoconValue? final = FinalValue(HoconPath.Of([.. path.Segments.Take(i + 1)]), requester);
            return Navigate(final, path.Skip(i + 1)) ?? Environment(path);
        }

        return null;
    }

    private static HoconValue? Navigate(HoconValue? value, HoconPath rest) =>
        rest.Count == 0 ? value : (value as HoconObject)?.Find(rest);

    private HoconScalar? Environment(HoconPath path)
    {
        string name = path.ToEnvironmentName();
        return _environment(name) is { } text
            ? HoconScalar.String(text, new HoconOrigin($"environment variable {name}", 1, 1))
            : null;
    }

    /// <summary>While a definition of <paramref name="Path"/> is resolved, references to it see <paramref name="Below"/>.</summary>
    private readonly record struct Frame(HoconPath Path, HoconValue? Below);
}
