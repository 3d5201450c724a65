using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.WorldFiles;

/// <summary>
/// Checks that a set of object states is a consistent world before anything is written: ids
/// below the counter, references to objects that exist, contents and children that agree with
/// locations and parents, no inheritance or containment cycles, property names defined once along
/// every line of inheritance, values only of inherited properties, and names the world accepts.
/// </summary>
internal static class WorldValidator
{
    /// <summary>Every problem of the world, each naming the object's file.</summary>
    /// <param name="nextId">The id counter.</param>
    /// <param name="objects">The objects, each id once.</param>
    /// <param name="paths">Each object's file, for messages.</param>
    public static List<string> Check(long nextId, IReadOnlyList<ObjectState> objects, IReadOnlyDictionary<ObjectId, string> paths)
    {
        var byId = objects.ToDictionary(o => o.Id);
        var located = objects.CountBy(o => o.Location).ToDictionary();
        var problems = new List<string>();
        foreach (var o in objects)
            CheckObject(o, nextId, byId, located.GetValueOrDefault(o.Id), $"{paths[o.Id]} ({o.Id})", problems);
        if (problems.Count > 0) return problems;

        var cycles = FindCycles(objects, o => o.Parents, byId, "inherits from itself", paths).Concat(
            FindCycles(objects, o => o.Location.Value >= 0 ? [o.Location] : [], byId, "is inside itself", paths)).ToList();
        if (cycles.Count > 0) return cycles;

        var ancestors = new Dictionary<ObjectId, List<ObjectState>>();
        var clashes = new HashSet<(string Name, ObjectId First, ObjectId Second)>();
        foreach (var o in objects)
            CheckProperties(o, AncestorsOf(o, byId, ancestors), $"{paths[o.Id]} ({o.Id})", clashes, problems);
        return problems;
    }

    private static void CheckObject(ObjectState o, long nextId, Dictionary<ObjectId, ObjectState> byId, int locatedHere, string where, List<string> problems)
    {
        void Check(bool ok, string problem)
        {
            if (!ok) problems.Add($"{where}: {problem}");
        }
        bool Exists(ObjectId id) => byId.ContainsKey(id);
        bool CanOwn(ObjectId id) => id.Value >= 0 && id.Value < nextId;

        Check(o.Id.Value >= 0 && o.Id.Value < nextId, $"the id must be between #0 and nextId - 1 (#{nextId - 1}).");
        Check(NameRules.CheckObjectName(o.Name).IsAllowed, $"the name '{o.Name}' is not allowed: {NameRules.CheckObjectName(o.Name)}");
        foreach (var alias in o.Aliases)
            Check(NameRules.CheckObjectName(alias).IsAllowed, $"the alias '{alias}' is not allowed: {NameRules.CheckObjectName(alias)}");
        Check(CanOwn(o.Owner), $"the owner {o.Owner} is not an object id of this world.");
        foreach (var parent in o.Parents)
            Check(Exists(parent) && parent != o.Id, $"the parent {parent} is not another object of this world.");
        Check(o.Parents.Distinct().Count() == o.Parents.Length, "a parent is listed twice.");
        Check(o.Location == SpecialObjects.Nothing || (Exists(o.Location) && o.Location != o.Id), $"the location {o.Location} is not another object of this world.");

        foreach (var item in o.Contents)
            Check(byId.TryGetValue(item, out var s) && s.Location == o.Id, $"contents lists {item}, whose location is not this object.");
        Check(o.Contents.Distinct().Count() == o.Contents.Length, "contents lists an object twice.");
        Check(locatedHere == o.Contents.Distinct().Count(s => byId.TryGetValue(s, out var c) && c.Location == o.Id),
            "contents does not list every object located here.");
        foreach (var child in o.Children)
            Check(byId.TryGetValue(child, out var s) && s.Parents.Contains(o.Id), $"children lists {child}, which does not have this object as a parent.");
        Check(o.Children.Distinct().Count() == o.Children.Length, "children lists an object twice.");

        foreach (var property in o.Properties)
        {
            var check = NameRules.CheckPropertyName(property.Name);
            Check(check.IsAllowed, $"the property '{property.Name}' is not allowed: {check}");
            Check(CanOwn(property.Owner), $"the property '{property.Name}' has owner {property.Owner}, not an object id of this world.");
        }
        var verbIds = new HashSet<int>();
        foreach (var verb in o.Verbs)
        {
            var check = NameRules.CheckVerbNames(verb.Names);
            Check(check.IsAllowed, $"the verb '{verb.Names}' is not allowed: {check}");
            Check(CanOwn(verb.Owner), $"the verb '{verb.Names}' has owner {verb.Owner}, not an object id of this world.");
            Check(verbIds.Add(verb.Id), $"verb id {verb.Id} is used twice.");
        }
    }

    /// <summary>One problem per object found on a cycle of <paramref name="next"/> links.</summary>
    private static IEnumerable<string> FindCycles(IReadOnlyList<ObjectState> objects, Func<ObjectState, IEnumerable<ObjectId>> next,
        Dictionary<ObjectId, ObjectState> byId, string what, IReadOnlyDictionary<ObjectId, string> paths)
    {
        // Colours of a depth-first search: absent = unvisited, false = on the current path, true = done.
        var state = new Dictionary<ObjectId, bool>();
        var found = new List<string>();
        foreach (var start in objects)
        {
            if (state.ContainsKey(start.Id)) continue;
            var stack = new Stack<(ObjectId Id, IEnumerator<ObjectId> Next)>();
            state[start.Id] = false;
            stack.Push((start.Id, next(start).GetEnumerator()));
            while (stack.Count > 0)
            {
                var (id, enumerator) = stack.Peek();
                if (!enumerator.MoveNext())
                {
                    state[id] = true;
                    stack.Pop();
                    continue;
                }
                var target = enumerator.Current;
                if (!state.TryGetValue(target, out var done))
                {
                    state[target] = false;
                    stack.Push((target, next(byId[target]).GetEnumerator()));
                }
                else if (!done)
                {
                    found.Add($"{paths[target]} ({target}): the object {what}.");
                }
            }
        }
        return found;
    }

    /// <summary>The object's strict ancestors, each once (memoized; the graph is known to be acyclic).</summary>
    private static List<ObjectState> AncestorsOf(ObjectState o, Dictionary<ObjectId, ObjectState> byId, Dictionary<ObjectId, List<ObjectState>> memo)
    {
        if (memo.TryGetValue(o.Id, out var known)) return known;
        var result = new List<ObjectState>();
        var seen = new HashSet<ObjectId>();
        foreach (var parent in o.Parents)
        {
            var p = byId[parent];
            foreach (var a in (IEnumerable<ObjectState>)[p, .. AncestorsOf(p, byId, memo)])
            {
                if (seen.Add(a.Id)) result.Add(a);
            }
        }
        memo[o.Id] = result;
        return result;
    }

    private static void CheckProperties(ObjectState o, List<ObjectState> ancestors, string where,
        HashSet<(string, ObjectId, ObjectId)> clashes, List<string> problems)
    {
        var definers = new Dictionary<string, ObjectId>(MooNames.Comparer);
        foreach (var definer in (IEnumerable<ObjectState>)[o, .. ancestors])
        {
            foreach (var property in definer.Properties)
            {
                if (!definers.TryAdd(property.Name, definer.Id)
                    && clashes.Add((property.Name.ToLowerInvariant(), definers[property.Name], definer.Id)))
                {
                    // Every descendant sees the same clash: it is reported once, where it is first met.
                    problems.Add($"{where}: the property '{property.Name}' is defined on both {definers[property.Name]} and {definer.Id}, which this object inherits together.");
                }
            }
        }
        foreach (var value in o.Overrides)
        {
            if (!definers.TryGetValue(value.Name, out var definer) || definer == o.Id)
                problems.Add($"{where}: values sets '{value.Name}', which is not a property this object inherits.");
        }
    }
}
