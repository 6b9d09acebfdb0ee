using LiaisonBot.Storage;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace LiaisonBot.Tests.Storage.KeyRing;

/// <summary>
/// Bot instances as far as the key ring goes: each its own service provider (its own cached ring) built by the bot's
/// AddStorage, all on one blob container of the test Azurite.
/// </summary>
internal sealed class KeyRingInstances
{
    private readonly Dictionary<string, string?> settings;

    public KeyRingInstances()
    {
        Container = "keyring-" + Guid.NewGuid().ToString("N")[..12];
        settings = new Dictionary<string, string?>(TestStorage.Settings(TestStorage.NewPrefix())) { ["KeyRing:Container"] = Container };
    }

    public string Container { get; }

    /// <summary>A new instance; <paramref name="extra"/> adds settings such as the certificate.</summary>
    public ServiceProvider Start(IDictionary<string, string?>? extra = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Concat(extra ?? new Dictionary<string, string?>())).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = "Testing" });
        services.AddStorage(configuration);
        return services.BuildServiceProvider();
    }

    public static IDataProtector Protector(IServiceProvider instance) =>
        instance.GetRequiredService<IDataProtectionProvider>().CreateProtector("LiaisonBot.Tests.KeyRing");

    /// <summary>The key ring's XML as stored: what someone with read access to the storage account sees.</summary>
    public async Task<string> StoredXmlAsync(IServiceProvider instance)
    {
        var blob = instance.GetRequiredService<StorageAccount>().BlobContainer(Container).GetBlobClient(LiaisonBot.Storage.KeyRing.KeyRingOptions.Blob);
        return (await blob.DownloadContentAsync()).Value.Content.ToString();
    }
}
