using ActorMoo.Host.Configuration;

namespace ActorMoo.Host.Tests.Configuration;

public class ConfigurationRedactorTests
{
    [Theory]
    [InlineData("actormoo:world:wizard-password")]
    [InlineData("actormoo.net.tls-certificate-password")]
    [InlineData("actormoo:api:token")]
    [InlineData("actormoo:api:client-secret")]
    public void Secret_keys_are_hidden_entirely(string key) =>
        Assert.Equal(ConfigurationRedactor.Redacted, ConfigurationRedactor.Redact(key, "hunter2"));

    [Fact]
    public void A_connection_string_keeps_everything_but_its_password()
    {
        string? shown = ConfigurationRedactor.Redact("actormoo:storage:postgres", "Host=db;Database=moo;Username=moo;Password=hunter2");
        Assert.DoesNotContain("hunter2", shown, StringComparison.Ordinal);
        Assert.Contains("host=db", shown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("password=<redacted>", shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secret", ConfigurationRedactor.Redact("actormoo:x:connection-string", "Server=a;Pwd=secret"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unparseable_connection_string_is_hidden_entirely() =>
        Assert.Equal(ConfigurationRedactor.Redacted, ConfigurationRedactor.Redact("actormoo:storage:postgres", "Host=db;Password=\"unterminated"));

    [Fact]
    public void Empty_secrets_stay_empty_and_other_keys_are_unchanged()
    {
        Assert.Equal("", ConfigurationRedactor.Redact("actormoo:world:wizard-password", ""));
        Assert.Null(ConfigurationRedactor.Redact("actormoo:world:wizard-password", null));
        Assert.Equal("127.0.0.1", ConfigurationRedactor.Redact("actormoo:network:bind", "127.0.0.1"));
    }
}
