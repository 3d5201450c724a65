using ActorMoo.Host.Options;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Tests.Options;

public class LoggingOptionsValidatorTests
{
    private static ValidateOptionsResult Validate(LoggingOptions options) => new LoggingOptionsValidator().Validate(null, options);

    [Fact]
    public void The_defaults_are_valid() => Assert.True(Validate(new LoggingOptions()).Succeeded);

    [Fact]
    public void Undefined_levels_are_reported_by_key()
    {
        var options = new LoggingOptions { Level = (LogLevel)42 };
        options.Categories["ActorMoo.Runtime"] = (LogLevel)99;
        Assert.Equal(
            [
                "actormoo.logging.level = 42: must be one of Trace, Debug, Information, Warning, Error, Critical, None",
                "actormoo.logging.categories.\"ActorMoo.Runtime\" = 99: must be one of Trace, Debug, Information, Warning, Error, Critical, None",
            ],
            Validate(options).Failures);
    }
}
