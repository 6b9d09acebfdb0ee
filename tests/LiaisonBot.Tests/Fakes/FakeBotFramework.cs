using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LiaisonBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LiaisonBot.Tests.Fakes;

/// <summary>
/// The Bot Framework side of the wire, on real loopback sockets: OpenID metadata and signing keys (http), the
/// client-credentials token endpoint (https, self-signed certificate) and the connector REST API (http), recording
/// everything the bot sends. Start one per test class (<c>IAsyncLifetime</c>) or per test; ports are dynamic.
/// </summary>
/// <example>
/// <code>
/// await using var fake = await FakeBotFramework.StartAsync();
/// factory.WithWebHostBuilder(b => b
///     .ConfigureAppConfiguration(c => c.AddInMemoryCollection(fake.Configuration))
///     .ConfigureTestServices(s => s.TrustFakeBotFramework(fake)));
/// </code>
/// </example>
public sealed partial class FakeBotFramework : IAsyncDisposable
{
    private static readonly Lazy<X509Certificate2> SharedCertificate = new(CreateCertificate);

    private readonly WebApplication app;

    private FakeBotFramework(WebApplication app, X509Certificate2 certificate, AzureCloud cloud)
    {
        this.app = app;
        Certificate = certificate;
        Cloud = cloud;
        Tokens = new TestTokens(this);
        AddDefaultKeys();
    }

    public string AppId { get; } = "5b0f3e4c-7a61-4a0e-9d1c-2f6b8e1d4c10";
    public string AppPassword { get; } = "fake-bot-secret";

    /// <summary>The cloud the fake plays: its tokens carry that cloud's issuer and the bot asks for that cloud's scope.</summary>
    public AzureCloud Cloud { get; }
    public string Issuer => Cloud.TokenIssuer;
    public string Scope => Cloud.OAuthScope;

    /// <summary>
    /// The self-signed certificate of the https endpoint (token service), shared by all fakes in the test run.
    /// Trust it only in the bot's MSAL HTTP client (<see cref="FakeBotFrameworkServiceCollectionExtensions.TrustFakeBotFramework"/>).
    /// </summary>
    public X509Certificate2 Certificate { get; }

    public Uri HttpBaseUrl { get; private set; } = null!;
    public Uri HttpsBaseUrl { get; private set; } = null!;

    /// <summary>Like Teams' serviceUrl: with a path and a trailing slash.</summary>
    public string ServiceUrl => new Uri(HttpBaseUrl, "connector/").AbsoluteUri;
    public string MetadataUrl => new Uri(HttpBaseUrl, "v1/.well-known/openidconfiguration").AbsoluteUri;
    public string LoginUrl => new Uri(HttpsBaseUrl, "botframework.com").AbsoluteUri;

    public TestTokens Tokens { get; }

    /// <summary>
    /// The bot's configuration keys (see <c>BotOptions</c>) pointing at this fake, as a multi-tenant bot: the cloud names
    /// the issuer and scope, as in a deployment; only the two addresses a test cannot reach are replaced.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>
    {
        ["Cloud"] = Cloud.Name.ToString(),
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = AppPassword,
        ["MicrosoftAppType"] = "MultiTenant",
        ["ToBotFromChannelOpenIdMetadataUrl"] = MetadataUrl,
        ["ToChannelFromBotLoginUrl"] = LoginUrl,
    };

    public static async Task<FakeBotFramework> StartAsync(AzureCloud? cloud = null)
    {
        var certificate = SharedCertificate.Value;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
        });
        var app = builder.Build();
        var fake = new FakeBotFramework(app, certificate, cloud ?? AzureCloud.Public);
        fake.MapKeys(app);
        fake.MapTokenEndpoint(app);
        fake.MapConnector(app);
        fake.MapFiles(app);
        await app.StartAsync();

        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        fake.HttpBaseUrl = new Uri(addresses.Single(a => a.StartsWith("http://", StringComparison.Ordinal)) + "/");
        fake.HttpsBaseUrl = new Uri(addresses.Single(a => a.StartsWith("https://", StringComparison.Ordinal)) + "/");
        return fake;
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        // Round-trip through PKCS#12 so the private key is usable by the TLS stack on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }

    public async ValueTask DisposeAsync()
    {
        await this.app.StopAsync();
        await this.app.DisposeAsync();
        foreach (var key in this.keys.Values)
        {
            key.Dispose();
        }
    }
}
