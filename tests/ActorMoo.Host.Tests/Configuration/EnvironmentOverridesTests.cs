using ActorMoo.Host.Configuration;
using ActorMoo.Host.Configuration.Hocon;
using static ActorMoo.Host.Tests.Support.Hocon;

namespace ActorMoo.Host.Tests.Configuration;

public class EnvironmentOverridesTests
{
    [Fact]
    public void Every_variable_of_the_design_has_an_override()
    {
        Assert.Equal(
            ["ACTORMOO_BIND", "ACTORMOO_DATA_DIR", "ACTORMOO_HTTP_PORT", "ACTORMOO_POSTGRES", "ACTORMOO_TELNET_PORT", "ACTORMOO_TLS_PORT", "ACTORMOO_WIZARD_PASSWORD"],
            EnvironmentOverrides.All.Select(o => o.Variable).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_overridden_key_is_documented_in_reference_conf()
    {
        HoconObject reference = HoconDocument.Parse(ReferenceConfiguration.Text, environment: _ => null);
        Assert.All(EnvironmentOverrides.All, o => Assert.NotNull(reference.Find(o.Path)));
    }

    [Fact]
    public void Only_connection_strings_and_passwords_are_secret()
    {
        Assert.Equal(["ACTORMOO_POSTGRES", "ACTORMOO_WIZARD_PASSWORD"], EnvironmentOverrides.All.Where(o => o.IsSecret).Select(o => o.Variable));
    }

    [Fact]
    public void Only_set_and_non_empty_variables_are_collected()
    {
        var environment = new Dictionary<string, string> { ["ACTORMOO_BIND"] = "::1", ["ACTORMOO_HTTP_PORT"] = "", ["OTHER"] = "x" };
        Assert.Equal([KeyValuePair.Create("actormoo.network.bind", "::1")], EnvironmentOverrides.Collect(Lookup(environment)));
    }
}
