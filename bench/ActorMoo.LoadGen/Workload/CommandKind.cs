namespace ActorMoo.LoadGen.Workload;

/// <summary>The kinds of command in a mix, named as on the command line (<c>--mix look=4,…</c>).</summary>
public enum CommandKind
{
    /// <summary><c>look</c>: reads the room, its contents and exits.</summary>
    Look,

    /// <summary><c>inventory</c>: reads the player's contents.</summary>
    Inventory,

    /// <summary><c>say …</c>: a write-free broadcast to everyone in the room.</summary>
    Say,

    /// <summary><c>north</c> then <c>south</c>: walks between the lobby and the garden, a move of the player.</summary>
    Move,

    /// <summary><c>get lamp</c> then <c>drop lamp</c>: moves a shared object, so players contend for it.</summary>
    GetDrop,
}
