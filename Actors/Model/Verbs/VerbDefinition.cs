using System.Text.Json.Serialization;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// A verb defined on an object: its names, who owns it, its <c>rwxd</c> bits, its argument spec and
/// its Lua source. Verbs keep their definition order on the object (lookup takes the first match).
/// </summary>
/// <param name="Id">
/// The verb's number on its object, given when it is added and never reused on that object; events
/// address the verb by it, and (object, id, <see cref="Version"/>) keys compiled-code caches.
/// </param>
/// <param name="Names">Space-separated names with <c>*</c> abbreviations (see <see cref="VerbNames"/>).</param>
/// <param name="Owner">The verb's owner; the verb runs with this owner's permissions.</param>
/// <param name="Permissions">The <c>rwxd</c> bits.</param>
/// <param name="ArgSpec">Which commands the verb answers.</param>
/// <param name="Code">The Lua source (empty until programmed).</param>
/// <param name="Version">Starts at 1 and grows by one on every change of <see cref="Code"/>.</param>
public sealed record VerbDefinition(
    int Id,
    string Names,
    ObjectId Owner,
    VerbPermissions Permissions,
    VerbArgSpec ArgSpec,
    string Code,
    int Version)
{
    /// <summary>True when one of the verb's names matches <paramref name="word"/>.</summary>
    public bool IsNamed(string word) => VerbNames.Matches(Names, word);

    /// <summary>True when the verb may be called from code (its <c>x</c> bit is set).</summary>
    [JsonIgnore]
    public bool IsExecutable => Permissions.HasFlag(VerbPermissions.Execute);
}
