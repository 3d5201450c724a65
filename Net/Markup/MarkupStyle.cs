namespace ActorMoo.Net.Markup;

/// <summary>The combined effect of every markup tag open at one point of a text.</summary>
/// <param name="Bold">Inside <c>{b}</c>.</param>
/// <param name="Italic">Inside <c>{i}</c>.</param>
/// <param name="Underline">Inside <c>{u}</c>.</param>
/// <param name="Foreground">The innermost foreground colour, or default.</param>
/// <param name="Background">The innermost background colour, or default.</param>
/// <param name="LinkCommand">The command of the innermost <c>{link=…}</c>, or null outside links.</param>
public readonly record struct MarkupStyle(bool Bold, bool Italic, bool Underline, MarkupColor Foreground, MarkupColor Background, string? LinkCommand)
{
    /// <summary>No tag open.</summary>
    public static MarkupStyle Plain => default;

    /// <summary>True when no tag changes the look of the text.</summary>
    public bool IsPlain => this == default;
}
