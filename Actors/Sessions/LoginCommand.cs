namespace ActorMoo.Actors.Sessions;

/// <summary>What a line typed on the login screen asks for.</summary>
public enum LoginVerb
{
    /// <summary>An empty line: just prompt again.</summary>
    Nothing,

    /// <summary><c>connect name password</c> (or <c>co</c>, <c>con</c>, … as in LambdaMOO).</summary>
    Connect,

    /// <summary><c>create name password</c> (or <c>cr</c>, <c>cre</c>, …).</summary>
    Create,

    /// <summary><c>QUIT</c> or <c>@quit</c>.</summary>
    Quit,

    /// <summary><c>help</c> or <c>?</c>.</summary>
    Help,

    /// <summary>Anything else.</summary>
    Unknown,
}

/// <summary>A parsed login-screen line. Words are split on white space; names and passwords contain none.</summary>
/// <param name="Verb">What is asked for.</param>
/// <param name="Name">The name given, or null.</param>
/// <param name="Password">The password given, or null (then the screen asks for it with echo off).</param>
/// <param name="ExtraWords">True when more words followed than the command takes.</param>
public sealed record LoginCommand(LoginVerb Verb, string? Name, string? Password, bool ExtraWords)
{
    /// <summary>Parses one line of the login screen.</summary>
    public static LoginCommand Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
            return new(LoginVerb.Nothing, null, null, false);
        var verb = Classify(words[0]);
        if (verb is not (LoginVerb.Connect or LoginVerb.Create))
            return new(verb, null, null, false);
        return new(verb, words.Length > 1 ? words[1] : null, words.Length > 2 ? words[2] : null, words.Length > 3);
    }

    private static LoginVerb Classify(string word)
    {
        if (word == "QUIT" || word.Equals("@quit", StringComparison.OrdinalIgnoreCase) || word.Equals("quit", StringComparison.OrdinalIgnoreCase))
            return LoginVerb.Quit;
        if (word.Equals("help", StringComparison.OrdinalIgnoreCase) || word == "?")
            return LoginVerb.Help;
        if (IsAbbreviation(word, "connect"))
            return LoginVerb.Connect;
        if (IsAbbreviation(word, "create"))
            return LoginVerb.Create;
        return LoginVerb.Unknown;
    }

    /// <summary>LambdaMOO's <c>co*nnect</c> and <c>cr*eate</c>: at least the first two letters.</summary>
    private static bool IsAbbreviation(string word, string full) =>
        word.Length >= 2 && word.Length <= full.Length && full.StartsWith(word, StringComparison.OrdinalIgnoreCase);
}
