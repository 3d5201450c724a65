using ActorMoo.Actors.Model;

namespace ActorMoo.Actors.World.Verbs;

/// <summary>
/// A refusal or bad request met by a world function called from a verb (permission denied, no
/// such property, invalid object). It becomes a Lua error at the calling line, which the verb may
/// catch with <c>pcall</c>; uncaught, it fails the task and nothing of it remains.
/// </summary>
public sealed class VerbError : Exception
{
    /// <summary>Creates the error with a message for the programmer and player.</summary>
    public VerbError(string message)
        : base(message)
    {
    }

    /// <summary>Throws the denial of <paramref name="check"/>, if any.</summary>
    public static void ThrowIfDenied(PermissionCheck check)
    {
        if (check.Denial is { } denial)
            throw new VerbError(denial.Message);
    }
}

/// <summary>A verb run of a task that ended with a script error: the task aborts with it.</summary>
public sealed class VerbFailedException : Exception
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    public VerbFailedException(Scripting.Errors.ScriptError error)
        : base(error.Message)
    {
        Error = error;
    }

    /// <summary>The script's error: code, message, traceback and player message.</summary>
    public Scripting.Errors.ScriptError Error { get; }
}
