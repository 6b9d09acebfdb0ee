using System.Net.Security;
using System.Security.Cryptography;
using LiaisonBot.Protocol;
using LiaisonBot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace LiaisonBot.Tests.Fakes;

public static class FakeBotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Lets the bot's MSAL HTTP client (and only it) accept the fake token endpoint's self-signed certificate, pinned by
    /// its SHA-256 hash. Call from <c>ConfigureTestServices</c> when the configuration comes from
    /// <see cref="FakeBotFramework.Configuration"/>.
    /// </summary>
    public static IServiceCollection TrustFakeBotFramework(this IServiceCollection services, FakeBotFramework fake)
    {
        var pinned = fake.Certificate.GetCertHashString(HashAlgorithmName.SHA256);
        services.AddHttpClient(BotTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                    errors == SslPolicyErrors.None || certificate?.GetCertHashString(HashAlgorithmName.SHA256) == pinned,
            },
        });
        return services;
    }

    /// <summary>
    /// <see cref="TrustFakeBotFramework"/> plus <see cref="BotOptions"/> pointing at the fake (applied after any
    /// configuration binding), for tests that do not go through configuration.
    /// </summary>
    public static IServiceCollection UseFakeBotFramework(this IServiceCollection services, FakeBotFramework fake)
    {
        services.PostConfigure<BotOptions>(options =>
        {
            options.MicrosoftAppId = fake.AppId;
            options.MicrosoftAppPassword = fake.AppPassword;
            options.MicrosoftAppType = BotAppType.MultiTenant;
            options.Cloud = fake.Cloud.Name;
            options.ToBotFromChannelOpenIdMetadataUrl = fake.MetadataUrl;
            options.ToChannelFromBotLoginUrl = fake.LoginUrl;
        });
        return services.TrustFakeBotFramework(fake);
    }
}
