using System.Text;
using ActorMoo.Actors.WorldFiles;

namespace ActorMoo.Actors.Tests.WorldFiles;

public sealed class WorldWriterTests
{
    private static string Text(WorldFileSet files, string path) => Encoding.UTF8.GetString(files.Find(path) ?? throw new KeyNotFoundException(path));

    [Fact]
    public void Reading_what_was_written_must_give_back_the_same_world()
    {
        var image = SampleImage.Create();

        var read = WorldReader.Read(WorldWriter.Write(image));

        Assert.Equal(image.NextId, read.NextId);
        Assert.Equal(SampleImage.NormalizedObjects(image).Select(o => o.Id), read.Objects.Select(o => o.Id));
        // #0's $-names come first after a read: compare its properties as a set, everything else exactly.
        Assert.Equal(SampleImage.NormalizedObjects(image).Skip(1), SampleImage.NormalizedObjects(read).Skip(1));
        Assert.Equal(image.Objects[0].Properties.OrderBy(p => p.Name), read.Objects[0].Properties.OrderBy(p => p.Name));
    }

    [Fact]
    public void Writing_a_world_read_back_must_give_the_same_bytes()
    {
        var first = WorldBundle.Write(WorldWriter.Write(SampleImage.Create()));

        var second = WorldBundle.Write(WorldWriter.Write(WorldReader.Read(WorldBundle.Read(first, "first"))));

        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
    }

    [Fact]
    public void World_json_must_list_the_names_that_the_system_object_holds_as_plain_references()
    {
        var files = WorldWriter.Write(SampleImage.Create());

        Assert.Equal("""
            {
              "format": "actormoo-world",
              "version": 1,
              "nextId": 9,
              "names": {
                "root": 1,
                "Weird-Name": 4,
                "arch": 2
              }
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal), Text(files, "world.json"));
        Assert.Contains("\"home\"", Text(files, "objects/o0.json"));
        Assert.Contains("\"gone\"", Text(files, "objects/o0.json"));
    }

    [Fact]
    public void Objects_must_be_named_by_a_safe_dollar_name_or_their_number()
    {
        var paths = WorldWriter.Write(SampleImage.Create()).Files.Select(f => f.Key).ToList();

        Assert.Equal(
            ["world.json", "objects/o0.json", "objects/root.json", "objects/root/look.lua", "objects/root/look.help.md", "objects/root/look_self.lua",
             "objects/root/look-2.lua", "objects/root/help_only.help.md", "objects/arch.json", "objects/o4.json", "objects/o5.json", "objects/o6.json"],
            paths);
    }

    [Fact]
    public void An_object_file_must_leave_out_defaults_and_write_references_by_name()
    {
        var room = Text(WorldWriter.Write(SampleImage.Create()), "objects/o5.json");

        Assert.Equal("""
            {
              "id": 5,
              "name": "Room",
              "owner": "$arch",
              "parents": ["$root"],
              "contents": ["$Weird-Name", "$arch"]
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal), room);
    }

    [Fact]
    public void Verbs_must_carry_ids_only_where_they_skip_and_split_help_from_code()
    {
        var files = WorldWriter.Write(SampleImage.Create());
        var root = Text(files, "objects/root.json");

        Assert.Contains("{\n      \"names\": \"l*ook\",\n      \"args\": \"any any any\",\n      \"code\": \"look.lua\",\n      \"help\": \"look.help.md\"\n    }", root);
        Assert.Contains("\"id\": 3,", root);
        Assert.Contains("\"perms\": \"rxd\"", root);
        Assert.Equal("Usage: look\n", Text(files, "objects/root/look.help.md"));
        Assert.Equal("local s = [[a]] .. ']]'\r\nreturn s", Text(files, "objects/root/look_self.lua"));
    }
}
