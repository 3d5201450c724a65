using System.Globalization;

namespace ActorMoo.LoadGen.Workload;

/// <summary>
/// Weighted choice among command kinds, parsed from <c>look=4,inventory=2,say=2,move=1,getdrop=1</c>.
/// Kinds left out have weight 0.
/// </summary>
public sealed class CommandMix
{
    /// <summary>The default mix: mostly reads, some talk, a few writes.</summary>
    public const string Default = "look=4,inventory=2,say=2,move=1,getdrop=1";

    /// <summary>Each kind with a positive weight and the running total of weights up to and including it.</summary>
    private readonly (CommandKind Kind, int UpTo)[] _cumulative;

    /// <summary>The sum of all weights; a draw is uniform in [0, total).</summary>
    private readonly int _total;

    /// <summary>The weights as parsed, for help and logs.</summary>
    private readonly string _text;

    private CommandMix((CommandKind, int)[] cumulative, int total, string text)
    {
        _cumulative = cumulative;
        _total = total;
        _text = text;
    }

    /// <summary>Parses a mix, or explains in <paramref name="error"/> what is wrong with it.</summary>
    public static bool TryParse(string text, out CommandMix? mix, out string error)
    {
        mix = null;
        var weights = new List<(CommandKind, int)>();
        int total = 0;
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !Enum.TryParse(pair[0], ignoreCase: true, out CommandKind kind) || !Enum.IsDefined(kind))
            {
                error = $"'{part}' is not kind=weight with kind one of {string.Join(", ", Enum.GetNames<CommandKind>()).ToLowerInvariant()}";
                return false;
            }

            if (!int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out int weight) || weight > 1000)
            {
                error = $"the weight of {pair[0]} must be a whole number from 0 to 1000";
                return false;
            }

            if (weight > 0)
            {
                total += weight;
                weights.Add((kind, total));
            }
        }

        if (total == 0)
        {
            error = "the mix needs at least one kind with a positive weight";
            return false;
        }

        mix = new CommandMix([.. weights], total, string.Join(',', weights.Select((w, i) =>
            $"{w.Item1.ToString().ToLowerInvariant()}={w.Item2 - (i == 0 ? 0 : weights[i - 1].Item2)}")));
        error = "";
        return true;
    }

    /// <summary>The mix as <c>kind=weight,…</c>, kinds of weight 0 left out.</summary>
    public override string ToString() => _text;

    /// <summary>Draws the next kind.</summary>
    public CommandKind Next(Random random)
    {
        int draw = random.Next(_total);
        foreach ((CommandKind kind, int upTo) in _cumulative)
        {
            if (draw < upTo)
                return kind;
        }

        return _cumulative[^1].Kind;
    }
}
