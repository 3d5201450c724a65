namespace ActorMoo.Runtime.Core;

/// <summary>Conventional reply messages for request/response protocols and <c>Ask</c>.</summary>
public static class Status
{
    /// <summary>
    /// A reply that reports a failed request. When it answers an <c>Ask</c>, the asking task
    /// fails with <paramref name="Cause"/> instead of completing with a value.
    /// </summary>
    /// <param name="Cause">Why the request failed.</param>
    public sealed record Failure(Exception Cause);

    /// <summary>A reply that reports success, optionally with a value.</summary>
    /// <param name="Value">The result, or null.</param>
    public sealed record Success(object? Value);
}
