using ActorMoo.Host.Configuration.Units;
using ActorMoo.Host.Options;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Tests.Options;

public class OptionsSectionBinderTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build();

    [Fact]
    public void Values_bind_by_their_hyphenated_key_names()
    {
        var options = new RuntimeOptions();
        OptionsSectionBinder.Bind(Config(("actormoo:runtime:ask-timeout", "3s"), ("actormoo:runtime:sharding:shard-count", "7")), RuntimeOptions.SectionKey, options);
        Assert.Equal(Duration.FromSeconds(3), options.AskTimeout);
        Assert.Equal(7, options.Sharding.ShardCount);
        Assert.Equal(100, options.MailboxThroughput);
    }

    [Fact]
    public void Every_bad_key_and_value_is_reported_at_once_by_key()
    {
        IConfiguration configuration = Config(
            ("actormoo:runtime:mailbox-throuhgput", "10"),
            ("actormoo:runtime:ask-timeout", "10 parsecs"),
            ("actormoo:runtime:sharding:shard-count", "many"),
            ("actormoo:runtime:sharding:colour", "blue"));
        var error = Assert.Throws<OptionsValidationException>(() => OptionsSectionBinder.Bind(configuration, RuntimeOptions.SectionKey, new RuntimeOptions()));
        Assert.Equal(
            [
                "actormoo.runtime.ask-timeout = \"10 parsecs\": 'parsecs' in '10 parsecs' is not a duration unit; use ns, us, ms, s, m, h or d (lowercase)",
                "actormoo.runtime.mailbox-throuhgput: unknown key (the keys of actormoo.runtime are: ask-timeout, mailbox-throughput, sharding, shutdown-phase-timeout)",
                "actormoo.runtime.sharding.colour: unknown key (the keys of actormoo.runtime.sharding are: max-active-entities, passivation-idle-timeout, shard-count)",
                "actormoo.runtime.sharding.shard-count = \"many\": must be a whole number",
            ],
            error.Failures);
    }

    [Fact]
    public void Dictionary_values_and_enums_are_checked()
    {
        IConfiguration configuration = Config(("actormoo:logging:level", "Loud"), ("actormoo:logging:categories:ActorMoo.Net", "Chatty"));
        var error = Assert.Throws<OptionsValidationException>(() => OptionsSectionBinder.Bind(configuration, LoggingOptions.SectionKey, new LoggingOptions()));
        Assert.Equal(
            [
                "actormoo.logging.categories.\"ActorMoo.Net\" = \"Chatty\": must be one of Trace, Debug, Information, Warning, Error, Critical, None",
                "actormoo.logging.level = \"Loud\": must be one of Trace, Debug, Information, Warning, Error, Critical, None",
            ],
            error.Failures);
    }

    [Fact]
    public void Levels_and_categories_bind_case_insensitively()
    {
        var options = new LoggingOptions();
        OptionsSectionBinder.Bind(Config(("actormoo:logging:level", "debug"), ("actormoo:logging:categories:ActorMoo.Net", "trace")), LoggingOptions.SectionKey, options);
        Assert.Equal(LogLevel.Debug, options.Level);
        Assert.Equal(LogLevel.Trace, options.Categories["ActorMoo.Net"]);
        Assert.Equal(LogLevel.Warning, options.Categories["Microsoft.AspNetCore"]);
    }

    [Fact]
    public void A_secret_value_that_fails_conversion_is_not_shown()
    {
        IConfiguration configuration = Config(("test:pin-password", "hunter2"));
        var error = Assert.Throws<OptionsValidationException>(() => OptionsSectionBinder.Bind(configuration, "test", new SecretHolder()));
        Assert.Equal("test.pin-password = \"<redacted>\": must be a whole number", Assert.Single(error.Failures));
    }

    [Theory]
    [InlineData("on", true)]
    [InlineData("yes", true)]
    [InlineData("true", true)]
    [InlineData("Off", false)]
    [InlineData("no", false)]
    [InlineData("false", false)]
    public void Booleans_accept_the_hocon_spellings(string text, bool expected)
    {
        var options = new SwitchHolder { Enabled = !expected };
        OptionsSectionBinder.Bind(Config(("test:enabled", text)), "test", options);
        Assert.Equal(expected, options.Enabled);
    }

    [Fact]
    public void A_bad_boolean_names_the_accepted_spellings()
    {
        var error = Assert.Throws<OptionsValidationException>(() => OptionsSectionBinder.Bind(Config(("test:enabled", "maybe")), "test", new SwitchHolder()));
        Assert.Equal("test.enabled = \"maybe\": must be true or false (or on/off, yes/no)", Assert.Single(error.Failures));
    }

    private sealed class SwitchHolder
    {
        [ConfigurationKeyName("enabled")]
        public bool Enabled { get; set; }
    }

    private sealed class SecretHolder
    {
        [ConfigurationKeyName("pin-password")]
        public int PinPassword { get; set; }
    }
}
