namespace ActorMoo.Actors.Model;

/// <summary>What a command verb expects as its direct or indirect object (LambdaMOO's arg specs).</summary>
public enum ObjectArgSpec
{
    /// <summary><c>none</c>: the object phrase must be absent.</summary>
    None = 0,

    /// <summary><c>any</c>: any object phrase, or none, even one that matched nothing.</summary>
    Any,

    /// <summary><c>this</c>: the phrase must match the object the verb is being looked for on.</summary>
    This,
}
