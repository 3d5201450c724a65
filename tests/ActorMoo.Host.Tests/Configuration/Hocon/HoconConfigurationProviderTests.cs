using ActorMoo.Host.Configuration.Hocon;
using ActorMoo.Host.Tests.Support;

namespace ActorMoo.Host.Tests.Configuration.Hocon;

public sealed class HoconConfigurationProviderTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static IConfigurationRoot Build(params HoconInput[] inputs) =>
        new ConfigurationBuilder().AddHocon(source =>
        {
            source.Environment = _ => null;
            foreach (HoconInput input in inputs)
            {
                source.Inputs.Add(input);
            }
        }).Build();

    [Fact]
    public void Keys_map_to_colon_separated_configuration_paths()
    {
        IConfigurationRoot configuration = Build(HoconInput.FromText("actormoo.network { bind = 127.0.0.1, telnet-port = 7777 }", "t"));
        Assert.Equal("127.0.0.1", configuration["actormoo:network:bind"]);
        Assert.Equal("7777", configuration["actormoo:network:telnet-port"]);
        Assert.Equal("7777", configuration["ActorMoo:Network:Telnet-Port"]);
    }

    [Fact]
    public void Arrays_become_indexed_children()
    {
        IConfigurationRoot configuration = Build(HoconInput.FromText("hosts = [a, b, { name = c }]", "t"));
        Assert.Equal(("a", "b"), (configuration["hosts:0"], configuration["hosts:1"]));
        Assert.Equal("c", configuration["hosts:2:name"]);
        Assert.Equal(["0", "1", "2"], configuration.GetSection("hosts").GetChildren().Select(c => c.Key));
    }

    [Fact]
    public void Scalars_keep_their_text_and_null_has_no_value()
    {
        IConfigurationRoot configuration = Build(HoconInput.FromText("n = 1e3, t = true, s = \"x y\", z = null, e = {}", "t"));
        Assert.Equal("1e3", configuration["n"]);
        Assert.Equal("true", configuration["t"]);
        Assert.Equal("x y", configuration["s"]);
        Assert.Null(configuration["z"]);
        Assert.Null(configuration["e"]);
        Assert.Contains("e", configuration.AsEnumerable().Select(p => p.Key));
    }

    [Fact]
    public void Later_inputs_override_earlier_ones_and_substitutions_see_the_overrides()
    {
        IConfigurationRoot configuration = Build(
            HoconInput.FromText("dir = ./data\ndb = ${dir}/world.db\nport = 1", "reference"),
            HoconInput.FromText("port = 2", "user"),
            HoconInput.FromValues([KeyValuePair.Create("dir", "/srv/moo")], "environment"));
        Assert.Equal("/srv/moo/world.db", configuration["db"]);
        Assert.Equal("2", configuration["port"]);
    }

    [Fact]
    public void Override_values_are_plain_strings_not_hocon()
    {
        IConfigurationRoot configuration = Build(HoconInput.FromValues([KeyValuePair.Create("a.b", "${x} [1] # not a comment")], "environment"));
        Assert.Equal("${x} [1] # not a comment", configuration["a:b"]);
    }

    [Fact]
    public void The_provider_reports_the_files_it_read()
    {
        string file = _directory.Write("a.conf", "a = 1");
        IConfigurationRoot configuration = Build(HoconInput.FromFile(file));
        Assert.Equal([file], configuration.Providers.OfType<HoconConfigurationProvider>().Single().Files);
        Assert.Equal("1", new ConfigurationBuilder().AddHoconFile(file).Build()["a"]);
    }

    [Fact]
    public void A_bad_file_fails_the_build_with_its_position()
    {
        string file = _directory.Write("bad.conf", "a = 1\nb = {");
        var error = Assert.Throws<HoconException>(() => Build(HoconInput.FromFile(file)));
        Assert.Equal($"{file}:2:6: missing '}}' to close the object opened at {file}:2:5", error.Message);
    }
}
