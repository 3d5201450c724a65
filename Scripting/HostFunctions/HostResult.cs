using ActorMoo.Scripting.Values;

namespace ActorMoo.Scripting.HostFunctions;

/// <summary>What a host call produced; also the reply that resumes a suspended run.</summary>
public enum HostResultKind
{
    /// <summary>A value for the script.</summary>
    Value,

    /// <summary>An error the Lua wrapper raises in the script (catchable with pcall).</summary>
    Error,

    /// <summary>The script must wait: the run suspends with <see cref="HostResult.Operation"/>.</summary>
    Pending,

    /// <summary>Run a nested verb and return its result.</summary>
    Call,
}

/// <summary>
/// The outcome of a host function. Host functions never raise or yield from C# (a longjmp across
/// managed frames can crash the process): the Lua wrapper acts on this result instead.
/// </summary>
public readonly struct HostResult
{
    private HostResult(HostResultKind kind, MooValue value, string? message, object? operation, VerbCall? call)
    {
        Kind = kind;
        Value = value;
        Message = message;
        Operation = operation;
        Call = call;
    }

    /// <summary>Which outcome this is.</summary>
    public HostResultKind Kind { get; }

    /// <summary>The value, for <see cref="HostResultKind.Value"/>.</summary>
    public MooValue Value { get; }

    /// <summary>The error message, for <see cref="HostResultKind.Error"/>.</summary>
    public string? Message { get; }

    /// <summary>
    /// For <see cref="HostResultKind.Pending"/>: a description of the operation for the world to
    /// carry out once the run has suspended (it must not have started it yet: if the script cannot
    /// wait here the operation is dropped).
    /// </summary>
    public object? Operation { get; }

    /// <summary>The nested call, for <see cref="HostResultKind.Call"/>.</summary>
    public VerbCall? Call { get; }

    /// <summary>Returns <paramref name="value"/> to the script.</summary>
    public static HostResult Ok(MooValue value) => new(HostResultKind.Value, value, null, null, null);

    /// <summary>Returns nil to the script.</summary>
    public static HostResult Ok() => default;

    /// <summary>Raises <paramref name="message"/> in the script at the line of the call.</summary>
    public static HostResult Fail(string message) =>
        new(HostResultKind.Error, default, message ?? throw new ArgumentNullException(nameof(message)), null, null);

    /// <summary>Suspends the run until the world resumes it with the operation's outcome.</summary>
    public static HostResult Pending(object operation) =>
        new(HostResultKind.Pending, default, null, operation ?? throw new ArgumentNullException(nameof(operation)), null);

    /// <summary>Runs a nested verb in the caller's coroutine and budget.</summary>
    public static HostResult CallVerb(VerbCall call) =>
        new(HostResultKind.Call, default, null, null, call ?? throw new ArgumentNullException(nameof(call)));

    /// <summary>A value result.</summary>
    public static implicit operator HostResult(MooValue value) => Ok(value);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        HostResultKind.Value => $"ok {Value}",
        HostResultKind.Error => $"error {Message}",
        HostResultKind.Pending => $"pending {Operation}",
        _ => $"call {Call!.Code.Name}",
    };
}
