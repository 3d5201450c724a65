using System.Text.Json;
using System.Text.Json.Nodes;
using ActorMoo.Host.Configuration;
using ActorMoo.Host.Options;
using ActorMoo.Host.Tests.Support;

namespace ActorMoo.Host.Tests.Configuration;

/// <summary>hocon/reference.conf documents every key, and its defaults are the options classes' defaults.</summary>
public class ReferenceConfigurationTests
{
    [Fact]
    public void The_embedded_reference_is_the_repository_file() =>
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "hocon", "reference.conf")), ReferenceConfiguration.Text);

    [Fact]
    public void Every_key_has_a_comment_above_it()
    {
        string[] lines = ReferenceConfiguration.Text.Split('\n');
        var blocks = new Stack<string>();
        var undocumented = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line == "}")
            {
                blocks.Pop();
                continue;
            }

            string key = line.Split('=', '{')[0].Trim();
            bool inFreeFormMap = blocks.Count > 0 && blocks.Peek() == "categories";
            string previous = lines.Take(i).Select(l => l.Trim()).LastOrDefault(l => l.Length > 0) ?? "";
            if (!inFreeFormMap && !previous.StartsWith('#'))
            {
                undocumented.Add($"line {i + 1}: {key}");
            }

            if (line.EndsWith('{'))
            {
                blocks.Push(key);
            }
        }

        Assert.Empty(undocumented);
    }

    /// <summary>Every options class of the host: public, with a <c>SectionKey</c> constant.</summary>
    public static TheoryData<Type> OptionsClasses() =>
        [.. typeof(NetworkOptions).Assembly.GetTypes().Where(t => t.IsPublic && t.GetField("SectionKey") is { IsLiteral: true })];

    [Theory]
    [MemberData(nameof(OptionsClasses))]
    public void The_reference_binds_without_errors_to_the_same_defaults_as_the_options_class(Type optionsType)
    {
        using var directory = new TempDirectory();
        IConfiguration configuration = new ConfigurationBuilder()
            .AddActorMooConfiguration(TestEnvironment.Context(directory.Path)).Build();
        string sectionKey = (string)optionsType.GetField("SectionKey")!.GetRawConstantValue()!;
        Assert.True(configuration.GetSection(sectionKey).Exists(), $"reference.conf has no section {sectionKey}");

        object bound = Activator.CreateInstance(optionsType)!;
        typeof(OptionsSectionBinder).GetMethod(nameof(OptionsSectionBinder.Bind))!.MakeGenericMethod(optionsType)
            .Invoke(null, [configuration, sectionKey, bound]);
        JsonNode? expected = JsonSerializer.SerializeToNode(Activator.CreateInstance(optionsType), optionsType);
        JsonNode? actual = JsonSerializer.SerializeToNode(bound, optionsType);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{optionsType.Name}: reference.conf gives {actual}, the class defaults are {expected}");
    }
}
