using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// Lets every part of an application add its event and snapshot types to the one
/// <see cref="TypeManifestRegistry"/> of the process, from its own <c>AddXxx()</c> extension:
/// <c>services.AddPersistentTypes(r =&gt; r.Register("moo.object-moved.v1", WorldJson.Default.ObjectMoved))</c>.
/// </summary>
public static class PersistentTypesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <paramref name="register"/> to run when the registry is first needed, and the
    /// registry and <see cref="PersistenceSerializer"/> singletons built from every such registration.
    /// </summary>
    public static IServiceCollection AddPersistentTypes(this IServiceCollection services, Action<TypeManifestRegistry> register)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(register);
        services.AddSingleton(new PersistentTypeRegistration(register));
        services.TryAddSingleton(provider =>
        {
            var registry = new TypeManifestRegistry();
            foreach (var registration in provider.GetServices<PersistentTypeRegistration>())
                registration.Register(registry);
            return registry;
        });
        services.TryAddSingleton(provider => new PersistenceSerializer(provider.GetRequiredService<TypeManifestRegistry>()));
        return services;
    }
}

/// <summary>One part's contribution to the <see cref="TypeManifestRegistry"/>; see <see cref="PersistentTypesServiceCollectionExtensions"/>.</summary>
/// <param name="Register">Adds the part's types and upcasters.</param>
public sealed record PersistentTypeRegistration(Action<TypeManifestRegistry> Register);
