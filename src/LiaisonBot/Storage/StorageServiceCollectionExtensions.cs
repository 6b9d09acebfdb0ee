using LiaisonBot.Hosting;
using LiaisonBot.Storage.KeyRing;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The storage account (section <c>Storage</c>), its tables, and the key ring kept beside them (section <c>KeyRing</c>).</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton(provider => new StorageAccount(provider.GetRequiredService<IOptions<StorageOptions>>().Value, AzureCloud.From(configuration)));
        services.AddSingleton<Tables>();
        services.AddHostedService<TableCreator>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>(StorageHealthCheck.Name, tags: [HealthProbes.Ready], timeout: StorageProbe.Timeout);
        services.AddKeyRing(configuration);
        return services;
    }

    /// <summary>The bot refuses to start in Production on the local emulator's storage; the command-line verbs do not call this.</summary>
    public static IServiceCollection RefuseDevelopmentStorageInProduction(this IServiceCollection services) =>
        services.AddSingleton<IValidateOptions<StorageOptions>, ProductionStorageValidator>();

    /// <summary>Declares a table a feature uses; it is created at start-up.</summary>
    public static IServiceCollection AddTable(this IServiceCollection services, string name) =>
        services.AddSingleton(new DeclaredTable(name));
}
