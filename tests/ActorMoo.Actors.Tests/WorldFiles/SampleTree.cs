using System.Text;
using ActorMoo.Actors.WorldFiles;

namespace ActorMoo.Actors.Tests.WorldFiles;

/// <summary>
/// A small hand-written world tree, as a core author writes one: $-names, defaults left out,
/// comments, a verb with help, a recycled id (#4) and contents and children left to be derived.
/// Tests change single files with <see cref="With"/> and <see cref="Without"/>.
/// </summary>
internal sealed class SampleTree
{
    private readonly SortedDictionary<string, string> _files = new(StringComparer.Ordinal)
    {
        ["world.json"] = """
            {
              "format": "actormoo-world",
              "version": 1,
              "nextId": 6,
              "names": { "system": 0, "root": 1, "room": 2, "wiz": 3 }
            }
            """,
        ["objects/system.json"] = """
            {
              "id": 0,
              "name": "System Object",
              "owner": "$wiz",
              "parents": ["$root"],
              "properties": { "motd": { "value": "Welcome" } }
            }
            """,
        ["objects/root.json"] = """
            {
              // The ancestor of everything.
              "id": 1,
              "name": "Root Class",
              "owner": "$wiz",
              "flags": ["fertile"],
              "properties": { "description": { "value": "", "perms": "rc" } },
              "verbs": [
                { "names": "l*ook", "args": "any any any", "code": "look.lua", "help": "look.help.md" }
              ]
            }
            """,
        ["objects/root/look.lua"] = "player:tell(this.description)\n",
        ["objects/root/look.help.md"] = "Usage: look [thing]\n",
        ["objects/room.json"] = """
            { "id": 2, "name": "Generic Room", "owner": "$wiz", "parents": ["$root"], "values": { "description": "A room." } }
            """,
        ["objects/wizard.json"] = """
            { "id": 3, "name": "Wizard", "owner": "$wiz", "parents": ["$root"], "location": "#5", "flags": ["player", "programmer", "wizard"] }
            """,
        ["objects/o5.json"] = """
            { "id": 5, "name": "Lobby", "aliases": ["hall"], "owner": "#3", "parents": ["$room"] }
            """,
        ["README.md"] = "Notes are ignored.\n",
    };

    /// <summary>Replaces (or adds) a file.</summary>
    public SampleTree With(string path, string content)
    {
        _files[path] = content;
        return this;
    }

    /// <summary>Removes a file.</summary>
    public SampleTree Without(string path)
    {
        _files.Remove(path);
        return this;
    }

    /// <summary>The files.</summary>
    public WorldFileSet Files()
    {
        var files = new WorldFileSet();
        foreach (var (path, content) in _files) files.Add(path, Encoding.UTF8.GetBytes(content));
        return files;
    }

    /// <summary>Writes the tree into <paramref name="directory"/>.</summary>
    public void WriteTo(string directory)
    {
        foreach (var (path, content) in _files)
        {
            var target = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, content);
        }
    }
}
