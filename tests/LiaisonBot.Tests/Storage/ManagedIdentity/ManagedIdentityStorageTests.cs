using Azure;
using LiaisonBot.Hosting;
using LiaisonBot.Storage;
using LiaisonBot.Tests.Storage.KeyRing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace LiaisonBot.Tests.Storage.ManagedIdentity;

/// <summary>
/// Storage:AccountName: the bot reaches the account by name and signs in with a token, no key; here against an Azurite
/// that takes bearer tokens only, over https, as a real account in the China cloud does.
/// </summary>
public sealed class ManagedIdentityStorageTests
{
    private const string Account = "devstoreaccount1"; // Azurite's one account, reached by its production-style name

    [Fact]
    public async Task ByAccountName_TheKeyRingIsStoredAndShared_WithATokenForStorage()
    {
        await using var azurite = await OAuthAzurite.StartAsync();
        var tokens = new IssuedTokens();
        var account = new StorageAccount(new StorageOptions { AccountName = Account }, AzureCloud.China, tokens, azurite.Transport);
        await using var a = Instance(account);
        await using var b = Instance(account);

        var sealedOnA = KeyRingInstances.Protector(a).Protect("C01 组: 18, 17, 19, 16");

        Assert.Equal("C01 组: 18, 17, 19, 16", KeyRingInstances.Protector(b).Unprotect(sealedOnA));
        Assert.Equal("https://devstoreaccount1.blob.core.chinacloudapi.cn/keyring", account.BlobContainer("keyring").Uri.AbsoluteUri);
        Assert.True((await account.BlobContainer("keyring").GetBlobClient("keys.xml").ExistsAsync()).Value);
        Assert.Equal(["https://storage.azure.com/.default"], tokens.Scopes.Distinct());
    }

    [Fact]
    public async Task ATokenForAnotherResource_IsRefused()
    {
        await using var azurite = await OAuthAzurite.StartAsync();
        var account = new StorageAccount(
            new StorageOptions { AccountName = Account }, AzureCloud.China, new IssuedTokens("https://vault.azure.cn"), azurite.Transport);

        var refused = await Assert.ThrowsAsync<RequestFailedException>(() => account.BlobContainer("keyring").CreateIfNotExistsAsync());

        // As Azure Storage answers a token it does not accept.
        Assert.Equal(403, refused.Status);
        Assert.Equal("AuthenticationFailed", refused.ErrorCode);
    }

    /// <summary>A bot instance's key ring on this account: the bot's own AddStorage, its account replaced by the one under test.</summary>
    private static ServiceProvider Instance(StorageAccount account)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:AccountName"] = Account }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = "Testing" });
        services.AddStorage(configuration);
        services.AddSingleton(account);
        return services.BuildServiceProvider();
    }
}
