namespace LiaisonBot.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection("Storage"));
        services.AddSingleton<Tables>();
        services.AddHostedService<TableCreator>();
        return services;
    }

    /// <summary>Declares a table a feature uses; it is created at start-up.</summary>
    public static IServiceCollection AddTable(this IServiceCollection services, string name) =>
        services.AddSingleton(new DeclaredTable(name));
}
