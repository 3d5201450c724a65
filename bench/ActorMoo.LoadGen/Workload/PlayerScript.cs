namespace ActorMoo.LoadGen.Workload;

/// <summary>
/// Turns drawn command kinds into the lines one player types. Moves and get/drop alternate so a
/// player keeps walking between two rooms and picking up and putting down the same lamp, rather
/// than piling up failures; a refusal ("You don't see that here.") is still a measured answer.
/// </summary>
public sealed class PlayerScript(CommandMix mix, int seed)
{
    /// <summary>This player's own generator, so connections never share a <see cref="Random"/>.</summary>
    private readonly Random _random = new(seed);

    /// <summary>True after <c>north</c>: the next move goes back <c>south</c>.</summary>
    private bool _walkedNorth;

    /// <summary>True after <c>get lamp</c>: the next get/drop drops it.</summary>
    private bool _holding;

    /// <summary>How many lines this player said, so every <c>say</c> differs.</summary>
    private int _said;

    /// <summary>The next line to type.</summary>
    public string Next() => mix.Next(_random) switch
    {
        CommandKind.Look => "look",
        CommandKind.Inventory => "inventory",
        CommandKind.Say => $"say load test line {++_said}",
        CommandKind.Move => (_walkedNorth = !_walkedNorth) ? "north" : "south",
        _ => (_holding = !_holding) ? "get lamp" : "drop lamp",
    };
}
