namespace ActorMoo.Scripting.HostFunctions;

/// <summary>
/// The host functions of one area (objects, properties, output, tasks, strings, json…), exposed
/// to verbs as the global table <see cref="Name"/>. Each area declares its table in one place.
/// </summary>
public sealed class HostFunctionTable
{
    /// <summary>Declares a table.</summary>
    /// <param name="name">The Lua global it appears as; a valid Lua identifier.</param>
    /// <param name="doc">One line describing the area.</param>
    /// <param name="functions">The functions; names must be unique within the table.</param>
    public HostFunctionTable(string name, string doc, IEnumerable<HostFunction> functions)
    {
        if (!IsIdentifier(name)) throw new ArgumentException($"'{name}' is not a Lua identifier", nameof(name));
        Name = name;
        Doc = doc;
        Functions = [.. functions];
        foreach (var duplicate in Functions.GroupBy(f => f.Name).Where(g => g.Count() > 1))
            throw new ArgumentException($"host table {name} declares {duplicate.Key} twice", nameof(functions));
        foreach (var function in Functions)
        {
            if (!IsIdentifier(function.Name)) throw new ArgumentException($"'{function.Name}' is not a Lua identifier", nameof(functions));
            function.QualifiedName = $"{name}.{function.Name}";
        }
    }

    /// <summary>The Lua global name.</summary>
    public string Name { get; }

    /// <summary>One line describing the area.</summary>
    public string Doc { get; }

    /// <summary>The functions, in declaration order.</summary>
    public IReadOnlyList<HostFunction> Functions { get; }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
