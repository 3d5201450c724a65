using ActorMoo.Host.Configuration.Units;
using ActorMoo.Host.Options;
using ActorMoo.Net.Web;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Tests.Options;

public class HttpOptionsValidatorTests
{
    private static ValidateOptionsResult Validate(HttpOptions options) => new HttpOptionsValidator().Validate(null, options);

    [Fact]
    public void The_defaults_are_valid_and_map_onto_the_servers_defaults()
    {
        Assert.True(Validate(new HttpOptions()).Succeeded);
        Assert.Equal(new WebSettings(), new HttpOptions().ToWebSettings());
    }

    [Fact]
    public void Out_of_range_settings_are_each_reported_by_key()
    {
        var options = new HttpOptions
        {
            TokenLifetime = Duration.Zero,
            MaxRequestSize = new ByteSize(10),
            InputRate = 0,
            AccountRequestsPerWindow = 0,
            MaxConnectionsPerAddress = 0,
        };

        var failures = Validate(options).Failures!;

        Assert.Equal(5, failures.Count());
        Assert.Contains(failures, f => f.StartsWith("actormoo.http.token-lifetime = 0s:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("actormoo.http.max-request-size", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("actormoo.http.input-rate = 0:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("actormoo.http.account-requests-per-window = 0:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("actormoo.http.max-connections-per-address = 0:", StringComparison.Ordinal));
    }
}
