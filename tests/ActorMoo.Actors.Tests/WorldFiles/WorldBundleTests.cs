using System.Text;
using ActorMoo.Actors.WorldFiles;

namespace ActorMoo.Actors.Tests.WorldFiles;

public sealed class WorldBundleTests
{
    private static WorldFileSet Sample()
    {
        var files = new WorldFileSet();
        files.Add("world.json", Encoding.UTF8.GetBytes("{\"format\": \"actormoo-world\"}\n"));
        files.Add("objects/room.json", Encoding.UTF8.GetBytes("{}\n"));
        files.Add("objects/room/look.lua", Encoding.UTF8.GetBytes("-- no newline at the end, and a fake header:\n--- x 1 y"));
        files.Add("objects/room/empty.help.md", []);
        return files;
    }

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    [Fact]
    public void Read_must_return_every_file_byte_for_byte_in_order()
    {
        var files = Sample();

        var read = WorldBundle.Read(WorldBundle.Write(files), "w.bundle");

        Assert.Equal(files.Files.Select(f => f.Key), read.Files.Select(f => f.Key));
        foreach (var (path, content) in files.Files)
            Assert.Equal(content, read.Find(path));
    }

    [Fact]
    public void Write_must_be_deterministic_and_start_with_the_magic_line()
    {
        var first = WorldBundle.Write(Sample());

        Assert.Equal(first, WorldBundle.Write(Sample()));
        Assert.StartsWith(WorldBundle.MagicLine + "\n--- world.json ", Text(first));
        Assert.True(WorldBundle.LooksLikeBundle(first));
    }

    [Fact]
    public void A_flipped_byte_inside_a_file_must_be_refused_naming_that_file()
    {
        var bundle = WorldBundle.Write(Sample());
        var at = Text(bundle).IndexOf("no newline", StringComparison.Ordinal);
        bundle[at] ^= 0x20;

        var error = Assert.Throws<WorldFileException>(() => WorldBundle.Read(bundle, "w.bundle"));

        Assert.Contains("objects/room/look.lua is damaged", error.Message);
    }

    [Fact]
    public void A_truncated_bundle_must_be_refused_as_truncated()
    {
        var bundle = WorldBundle.Write(Sample());

        var error = Assert.Throws<WorldFileException>(() => WorldBundle.Read(bundle.AsSpan(0, bundle.Length - 30), "w.bundle"));

        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void A_wrong_length_in_a_header_must_be_refused()
    {
        var text = Text(WorldBundle.Write(Sample()));
        var damaged = Encoding.UTF8.GetBytes(text.Replace("--- objects/room.json 3 ", "--- objects/room.json 2 ", StringComparison.Ordinal));

        var error = Assert.Throws<WorldFileException>(() => WorldBundle.Read(damaged, "w.bundle"));

        Assert.Contains("objects/room.json", error.Message);
    }

    [Fact]
    public void A_file_removed_with_its_header_must_be_refused_by_the_trailer()
    {
        var text = Text(WorldBundle.Write(Sample()));
        var start = text.IndexOf("--- objects/room.json", StringComparison.Ordinal);
        var end = text.IndexOf("--- objects/room/look.lua", StringComparison.Ordinal);
        var damaged = Encoding.UTF8.GetBytes(text.Remove(start, end - start));

        var error = Assert.Throws<WorldFileException>(() => WorldBundle.Read(damaged, "w.bundle"));

        Assert.Contains("the trailer announces 4 files, the bundle holds 3", error.Message);
    }

    [Fact]
    public void Bytes_after_the_trailer_must_be_refused()
    {
        var bundle = WorldBundle.Write(Sample());

        var error = Assert.Throws<WorldFileException>(() => WorldBundle.Read([.. bundle, (byte)'x'], "w.bundle"));

        Assert.Contains("after the trailer", error.Message);
    }

    [Fact]
    public void Other_input_must_be_refused_as_not_a_bundle()
    {
        var error = Assert.Throws<WorldFileException>(() => WorldBundle.Read("{\"format\": 1}\n"u8, "w.json"));

        Assert.Contains("not an ActorMoo world bundle", error.Message);
    }

    [Theory]
    [InlineData("../escape.json")]
    [InlineData("/absolute.json")]
    [InlineData("objects/with space.json")]
    [InlineData("objects\\back.json")]
    public void Unsafe_paths_must_be_refused(string path)
    {
        Assert.NotNull(WorldFileSet.CheckPath(path));
        Assert.Throws<WorldFileException>(() => new WorldFileSet().Add(path, []));
    }
}
