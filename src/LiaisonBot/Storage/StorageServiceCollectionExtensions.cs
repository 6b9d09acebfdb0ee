using LiaisonBot.Hosting;

namespace LiaisonBot.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection("Storage"));
        services.AddSingleton<Tables>();
        services.AddHostedService<TableCreator>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>(StorageHealthCheck.Name, tags: [HealthProbes.Ready], timeout: StorageProbe.Timeout);
        return services;
    }

    /// <summary>Declares a table a feature uses; it is created at start-up.</summary>
    public static IServiceCollection AddTable(this IServiceCollection services, string name) =>
        services.AddSingleton(new DeclaredTable(name));
}
