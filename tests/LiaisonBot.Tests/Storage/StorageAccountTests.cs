using Azure.Identity;
using LiaisonBot.Hosting;
using LiaisonBot.Storage;
using LiaisonBot.Tests.Infrastructure;
using LiaisonBot.Tests.Protocol;
using Microsoft.Extensions.Hosting.Internal;

namespace LiaisonBot.Tests.Storage;

/// <summary>Which account the clients reach and how they sign in, from the <c>Storage</c> settings; what a wrong setting is told.</summary>
public sealed class StorageAccountTests
{
    [Fact]
    public void ByAccountName_TheClientsReachTheCloudsEndpoints_SignedInWithDefaultAzureCredential()
    {
        var account = new StorageAccount(new StorageOptions { AccountName = "liaisonbot01" }, AzureCloud.China);

        Assert.Equal("https://liaisonbot01.table.core.chinacloudapi.cn/", account.TableService().Uri.AbsoluteUri);
        Assert.Equal("https://liaisonbot01.queue.core.chinacloudapi.cn/outbox", account.Queue("outbox").Uri.AbsoluteUri);
        Assert.Equal("https://liaisonbot01.blob.core.chinacloudapi.cn/keyring", account.BlobContainer("keyring").Uri.AbsoluteUri);
        Assert.IsType<DefaultAzureCredential>(account.Credential);
        Assert.Equal(new Uri("https://login.chinacloudapi.cn/"), StorageAccount.CredentialOptions(AzureCloud.China).AuthorityHost);
    }

    [Fact]
    public void TheEndpointSuffixSetting_OverridesTheClouds()
    {
        var account = new StorageAccount(new StorageOptions { AccountName = "liaisonbot01", EndpointSuffix = "storage.example.cn" }, AzureCloud.Public);

        Assert.Equal("https://liaisonbot01.table.storage.example.cn/", account.TableService().Uri.AbsoluteUri);
        Assert.Equal("https://liaisonbot01.blob.storage.example.cn/keyring", account.BlobContainer("keyring").Uri.AbsoluteUri);
    }

    [Fact]
    public void ByConnectionString_TheClientsUseItsEndpoints_WithoutACredential()
    {
        var account = new StorageAccount(new StorageOptions { ConnectionString = TestStorage.ConnectionString }, AzureCloud.China);

        Assert.Null(account.Credential);
        Assert.StartsWith("http://127.0.0.1:", account.TableService().Uri.AbsoluteUri);
        Assert.StartsWith("http://127.0.0.1:", account.BlobContainer("keyring").Uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("UseDevelopmentStorage=true", "liaisonbot01", "Storage:ConnectionString and Storage:AccountName are both set")]
    [InlineData(null, "https://liaisonbot01.table.core.windows.net", "Storage:AccountName must be the storage account's name")]
    [InlineData(null, "LiaisonBot", "Storage:AccountName must be the storage account's name")]
    [InlineData(null, "ab", "Storage:AccountName must be the storage account's name")]
    public void WrongStorageSettings_FailValidation_SayingWhich(string? connectionString, string accountName, string message)
    {
        var result = new StorageOptionsValidator()
            .Validate(null, new StorageOptions { ConnectionString = connectionString, AccountName = accountName });

        Assert.True(result.Failed);
        Assert.Contains(message, result.FailureMessage);
    }

    [Fact]
    public void AnEndpointSuffixWithAScheme_FailsValidation()
    {
        var result = new StorageOptionsValidator()
            .Validate(null, new StorageOptions { AccountName = "liaisonbot01", EndpointSuffix = "https://core.chinacloudapi.cn" });

        Assert.Contains("Storage:EndpointSuffix must be a host name suffix", result.FailureMessage);
    }

    [Fact]
    public async Task Production_OnTheDevelopmentStorage_RefusesToStart_SayingWhatToSet()
    {
        var failure = await StartupFailure.OfAsync("Production", new Dictionary<string, string?>
        {
            ["Bot:AllowedTenants"] = TestUser.TenantId,
            ["Bot:PublicBaseUrl"] = "https://liaison.example.cn",
            ["Storage:ConnectionString"] = null,
        });

        Assert.Contains("Storage:AccountName or Storage:ConnectionString is required in Production", failure.Message);
        Assert.Contains("UseDevelopmentStorage=true", failure.Message);
    }

    [Fact]
    public void ByAccountName_InProduction_PassesValidation()
    {
        var result = new ProductionStorageValidator(new HostingEnvironment { EnvironmentName = "Production" })
            .Validate(null, new StorageOptions { AccountName = "liaisonbot01" });

        Assert.True(result.Succeeded, result.FailureMessage);
    }
}
