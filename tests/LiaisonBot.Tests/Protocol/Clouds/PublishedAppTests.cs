using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using LiaisonBot.Hosting;
using LiaisonBot.Protocol;
using LiaisonBot.Tests.Fakes;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Protocol.Clouds;

/// <summary>
/// The published app, started as an operator in Azure China would start it: Production, <c>Cloud=China</c>, the bot's
/// identity a user-assigned managed identity, settings from the environment only. A local issuer and connector play
/// 21Vianet's Bot Framework; only their two addresses are set, everything else comes from the China profile.
/// </summary>
public sealed class PublishedAppTests : IAsyncLifetime
{
    private readonly DirectoryInfo publishDir = Directory.CreateTempSubdirectory("liaisonbot-published-");
    private readonly string prefix = TestStorage.NewPrefix();
    private FakeBotFramework fake = null!;
    private string dll = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeBotFramework.StartAsync(AzureCloud.China);
        dll = await PublishedBot.PublishAsync(publishDir);
    }

    public async Task DisposeAsync()
    {
        await fake.DisposeAsync();
        await new BlobContainerClient(TestStorage.ConnectionString, prefix).DeleteIfExistsAsync();
        var service = new TableServiceClient(TestStorage.ConnectionString);
        await foreach (var table in service.QueryAsync(t => t.Name.CompareTo(prefix) >= 0 && t.Name.CompareTo(prefix + "~") < 0))
        {
            await service.DeleteTableAsync(table.Name);
        }

        publishDir.Delete(recursive: true);
    }

    [Fact]
    public async Task AMemberSaysHelp_AndTheReplyGoesOutWithATokenForTheChinaBotFramework()
    {
        var environment = Environment();
        var import = await PublishedBot.RunAsync(dll, environment, "import-roster", RepoTools.PathOf("samples", "roster.csv"));
        Assert.True(import.ExitCode == 0, import.Output);
        await using var bot = await PublishedBot.StartAsync(dll, environment);
        var member = TestUser.For(SampleRoster.Leader, fake.ServiceUrl, fake.AppId, "zh-CN");

        var refused = await PostAsync(bot, member.Message("帮助"), AzureCloud.Public.TokenIssuer);
        var answered = await PostAsync(bot, member.Message("帮助"), AzureCloud.China.TokenIssuer);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.True(answered.StatusCode == HttpStatusCode.OK, bot.Output);
        var reply = await fake.WaitForRequestAsync(r => r.Method == "POST" && r.Path.Contains(member.ConversationId, StringComparison.Ordinal));
        var token = Assert.Single(fake.TokenRequests);
        Assert.Equal(("managed-identity", fake.AppId, "https://api.botframework.azure.cn"), (token.Tenant, token.ClientId, token.Scope));
        Assert.Equal("Bearer " + fake.IssuedTokens.Single(), reply.Authorization);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", Sent.Text(Sent.Card(reply.Body!)));
    }

    [Fact]
    public async Task InProductionWithNothingSet_ItRefusesToStart_NamingEverySettingItNeeds()
    {
        var run = await PublishedBot.RunAsync(dll, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__Console__FormatterName"] = "simple",
        });

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("the configuration is not valid", run.Output);
        Assert.All(
            ["MicrosoftAppId is not set", "Bot:AllowedTenants", "Bot:PublicBaseUrl", "Storage:AccountName or Storage:ConnectionString is required",
                "KeyRing:CertificatePath is required"],
            setting => Assert.Contains(setting, run.Output));
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Cloud"] = "China",
        ["MicrosoftAppType"] = "UserAssignedMSI",
        ["MicrosoftAppId"] = fake.AppId,
        ["MicrosoftAppTenantId"] = TestUser.TenantId,
        // MSAL finds an App Service managed identity through these two, as it would in Azure China's App Service.
        ["IDENTITY_ENDPOINT"] = fake.ManagedIdentityEndpoint,
        ["IDENTITY_HEADER"] = fake.ManagedIdentityHeader,
        ["ToBotFromChannelOpenIdMetadataUrl"] = fake.MetadataUrl,
        ["Bot__AllowedTenants"] = TestUser.TenantId,
        ["Bot__PublicBaseUrl"] = "https://liaison.example.cn",
        ["Storage__ConnectionString"] = TestStorage.ConnectionString,
        ["Storage__TablePrefix"] = prefix,
        // The key ring as in the template: a blob of the account, encrypted with a PEM certificate mounted as a file.
        ["KeyRing__Container"] = prefix,
        ["KeyRing__CertificatePath"] = EncryptedPem(),
        ["KeyRing__CertificatePassword"] = TestCertificates.Password,
        ["Logging__Console__FormatterName"] = "simple",
    };

    /// <summary>A certificate and its password-encrypted key in one PEM, as docs/deploy.md makes it for Container Apps.</summary>
    private string EncryptedPem()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=LiaisonBot key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var key = rsa.ExportEncryptedPkcs8PrivateKeyPem(TestCertificates.Password,
            new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 100_000));
        var path = Path.Combine(publishDir.FullName, "keyring.pem");
        File.WriteAllText(path, certificate.ExportCertificatePem() + "\n" + key);
        return path;
    }

    private async Task<HttpResponseMessage> PostAsync(PublishedBot bot, Activity activity, string issuer)
    {
        using var http = new HttpClient { BaseAddress = bot.Url };
        using var request = new HttpRequestMessage(HttpMethod.Post, BotEndpoint.Path)
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, BotJson.Options), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(fake.Tokens.Header(s => s with { Issuer = issuer, ServiceUrl = activity.ServiceUrl }));
        return await http.SendAsync(request);
    }
}
