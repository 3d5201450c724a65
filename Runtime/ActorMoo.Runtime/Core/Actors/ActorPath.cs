using System.Text;

namespace ActorMoo.Runtime.Core;

/// <summary>
/// The location of an actor: the system name and the chain of names from the root guardian,
/// e.g. <c>actormoo://world/user/rooms/lobby</c>, plus the uid of the incarnation living there.
/// </summary>
/// <remarks>
/// Path equality ignores the uid (a restarted or re-created actor lives at the same path);
/// <see cref="IActorRef"/> equality includes it. The string form is computed on demand and not
/// stored, because one path exists per live actor and memory per actor matters for sharding.
/// </remarks>
public sealed class ActorPath : IEquatable<ActorPath>
{
    /// <summary>The URI scheme of every path.</summary>
    public const string Scheme = "actormoo";

    /// <summary>The element name; for the root, the system name (the root's element name is "").</summary>
    private readonly string _name;

    private ActorPath(ActorPath? parent, string name, long uid)
    {
        Parent = parent;
        _name = name;
        Uid = uid;
    }

    /// <summary>The enclosing path, or null for the root.</summary>
    public ActorPath? Parent { get; }

    /// <summary>The last element: the actor's name among its siblings ("" for the root).</summary>
    public string Name => Parent is null ? "" : _name;

    /// <summary>The incarnation uid: unique per created actor within the system, 0 when unknown.</summary>
    public long Uid { get; }

    /// <summary>The name of the actor system this path belongs to (kept once, in the root).</summary>
    public string SystemName
    {
        get
        {
            var p = this;
            while (p.Parent is not null) p = p.Parent;
            return p._name;
        }
    }

    /// <summary>The number of elements below the root.</summary>
    public int Depth => Parent is null ? 0 : Parent.Depth + 1;

    /// <summary>Creates the root path of a system.</summary>
    public static ActorPath Root(string systemName) => new(null, systemName, 0);

    /// <summary>Creates the path of a child named <paramref name="name"/> with incarnation <paramref name="uid"/>.</summary>
    public ActorPath Child(string name, long uid = 0) => new(this, name, uid);

    /// <summary>The names from the root down to this path (the root contributes nothing).</summary>
    public IReadOnlyList<string> Elements
    {
        get
        {
            var names = new List<string>(Depth);
            for (var p = this; p.Parent is not null; p = p.Parent) names.Add(p.Name);
            names.Reverse();
            return names;
        }
    }

    /// <summary>The path without scheme and system, e.g. <c>/user/rooms/lobby</c>.</summary>
    public string ToStringWithoutAddress()
    {
        if (Parent is null) return "/";
        var sb = new StringBuilder();
        foreach (var name in Elements) sb.Append('/').Append(name);
        return sb.ToString();
    }

    /// <summary>The full path, e.g. <c>actormoo://world/user/rooms/lobby</c>.</summary>
    public override string ToString() => $"{Scheme}://{SystemName}{ToStringWithoutAddress()}";

    /// <inheritdoc />
    public bool Equals(ActorPath? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null) return false;
        var a = this;
        var b = other;
        // Compares element by element up to the roots, whose _name is the system name.
        while (a is not null && b is not null)
        {
            if (ReferenceEquals(a, b)) return true;
            if (!string.Equals(a._name, b._name, StringComparison.Ordinal)) return false;
            a = a.Parent;
            b = b.Parent;
        }
        return a is null && b is null;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ActorPath other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var p = this; p is not null; p = p.Parent) hash.Add(p._name, StringComparer.Ordinal);
        return hash.ToHashCode();
    }
}
