using ActorMoo.Host.Configuration.Hocon;

namespace ActorMoo.Host.Configuration;

/// <summary>Adds ActorMoo's layered configuration to a configuration builder.</summary>
public static class ActorMooConfigurationExtensions
{
    /// <summary>
    /// Adds, in increasing priority: the built-in <c>reference.conf</c>, the user file chosen by
    /// <see cref="ActorMooConfigurationContext.LocateUserFile"/>, and the
    /// <see cref="EnvironmentOverrides"/> — merged as one HOCON document and resolved together.
    /// </summary>
    /// <exception cref="HoconException">A file is missing or invalid, or a substitution cannot be resolved (thrown when the source loads).</exception>
    public static IConfigurationBuilder AddActorMooConfiguration(this IConfigurationBuilder builder, ActorMooConfigurationContext context) =>
        builder.AddHocon(source =>
        {
            source.Environment = context.Environment;
            source.Inputs.Add(HoconInput.FromText(ReferenceConfiguration.Text, ReferenceConfiguration.SourceName));
            if (context.LocateUserFile() is { } userFile)
            {
                source.Inputs.Add(HoconInput.FromFile(userFile.Path, optional: !userFile.Required));
            }

            source.Inputs.Add(HoconInput.FromValues(EnvironmentOverrides.Collect(context.Environment), "environment variables"));
        });
}
