namespace ActorMoo.Scripting.HostFunctions;

/// <summary>
/// The body of a host function. It reads its (already type-checked) arguments from
/// <paramref name="call"/> and returns a value, an error message, a pending asynchronous
/// operation or a nested verb call. It must not block and must not throw for expected failures
/// (return <see cref="HostResult.Fail"/>); an exception becomes an "internal error" for the
/// script and is logged.
/// </summary>
public delegate HostResult HostFunctionHandler(in HostCall call);

/// <summary>
/// One function exposed to verbs, declared explicitly (no reflection bridge), after ToastStunt's
/// <c>register_function(name, min, max, fn, types…)</c>.
/// </summary>
public sealed class HostFunction
{
    /// <summary>Declares a function with fixed parameters.</summary>
    /// <param name="name">The Lua name within its table, e.g. <c>move</c>.</param>
    /// <param name="doc">One line of help for programmers.</param>
    /// <param name="handler">The implementation.</param>
    /// <param name="parameters">The parameters in order; optional ones last.</param>
    public HostFunction(string name, string doc, HostFunctionHandler handler, params HostParameter[] parameters)
        : this(name, doc, handler, variadic: false, parameters)
    {
    }

    /// <summary>Declares a function that may also take extra arguments of any type after <paramref name="parameters"/>.</summary>
    public HostFunction(string name, string doc, HostFunctionHandler handler, bool variadic, params HostParameter[] parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(doc);
        var firstOptional = Array.FindIndex(parameters, p => p.Optional);
        if (firstOptional >= 0 && parameters.Skip(firstOptional).Any(p => !p.Optional))
            throw new ArgumentException($"host function {name}: optional parameters must come last", nameof(parameters));
        Name = name;
        Doc = doc;
        Handler = handler;
        Parameters = parameters;
        ParameterArray = parameters;
        Variadic = variadic;
        MinArgs = firstOptional < 0 ? parameters.Length : firstOptional;
    }

    /// <summary>The Lua name within its table.</summary>
    public string Name { get; }

    /// <summary>One line of help.</summary>
    public string Doc { get; }

    /// <summary>The implementation.</summary>
    public HostFunctionHandler Handler { get; }

    /// <summary>The declared parameters.</summary>
    public IReadOnlyList<HostParameter> Parameters { get; }

    /// <summary>The parameters as an array, for the dispatcher's hot path.</summary>
    internal HostParameter[] ParameterArray { get; }

    /// <summary>
    /// Number of parameters of the Lua wrapper when it can have fixed parameters (faster than a
    /// vararg function), or -1 for a vararg wrapper (variadic functions, or more than 6 parameters).
    /// With fixed parameters, extra arguments are dropped as Lua drops them for Lua functions,
    /// and a missing argument arrives as nil.
    /// </summary>
    internal int WrapperArity => Variadic || Parameters.Count > 6 ? -1 : Parameters.Count;

    /// <summary>Whether extra arguments are accepted.</summary>
    public bool Variadic { get; }

    /// <summary>Number of required arguments.</summary>
    public int MinArgs { get; }

    /// <summary>Most arguments accepted, or <see cref="int.MaxValue"/> when variadic.</summary>
    public int MaxArgs => Variadic ? int.MaxValue : Parameters.Count;

    /// <summary>Set when the table is registered with an engine: <c>table.name</c>, used in messages.</summary>
    public string QualifiedName { get; internal set; } = "";

    /// <summary>The signature for help text, e.g. <c>objects.move(what: object, where: object)</c>.</summary>
    public string Signature =>
        $"{QualifiedName}({string.Join(", ", Parameters.Select(p => $"{p.Name}{(p.Optional ? "?" : "")}: {p.Type.ToString().ToLowerInvariant()}"))}{(Variadic ? ", ..." : "")})";
}
