using System.Net;
using LiaisonBot.Protocol.Auth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace LiaisonBot.Protocol.Connector;

/// <summary>
/// Bearer tokens for calls to the connector. MSAL caches each token and renews it before it expires, so asking on every
/// call is cheap. No app id (anonymous mode): no token at all.
/// </summary>
public class BotTokenProvider
{
    public const string HttpClientName = "LiaisonBot.Msal";
    private const string DefaultScopeSuffix = "/.default";

    // Authority validation asks Microsoft whether a login host is genuine, so it only makes sense for Microsoft's own hosts.
    private static readonly HashSet<string> MicrosoftLoginHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "login.microsoftonline.com", "login.microsoft.com", "login.windows.net", "sts.windows.net",
        "login.microsoftonline.us", "login.partner.microsoftonline.cn", "login.chinacloudapi.cn",
    };

    private readonly Func<CancellationToken, Task<AuthenticationResult>>? acquire;
    private readonly ILogger logger;

    public BotTokenProvider(IOptions<BotOptions> options, IHttpClientFactory httpClientFactory, ILogger<BotTokenProvider> logger)
    {
        this.logger = logger;
        var bot = options.Value;
        if (bot.IsAnonymous)
        {
            return;
        }

        BotOptionsValidator.ThrowIfInvalid(bot);
        var http = new MsalHttpClientFactory(httpClientFactory);
        this.acquire = bot.MicrosoftAppType == BotAppType.UserAssignedMSI ? ManagedIdentity(bot, http) : ClientSecret(bot, http);
    }

    /// <summary>A token for <see cref="BotOptions.ToChannelFromBotOAuthScope"/>, or null in anonymous mode.</summary>
    /// <exception cref="ConnectorException">The identity platform refused or could not be reached (401, code BotTokenUnavailable).</exception>
    public virtual async Task<string?> GetTokenAsync(CancellationToken ct)
    {
        if (this.acquire is null)
        {
            return null;
        }

        try
        {
            return (await this.acquire(ct)).AccessToken;
        }
        catch (MsalException ex)
        {
            this.logger.LogError(ex, "Could not get a bot token: {MsalError}", ex.ErrorCode);
            throw new ConnectorException("acquire bot token", HttpStatusCode.Unauthorized, "BotTokenUnavailable", ex.ErrorCode, null, null, ex);
        }
    }

    /// <summary>
    /// MultiTenant: the configured login URL (its tenant is <c>botframework.com</c>). SingleTenant: the same host with the
    /// bot's own tenant, e.g. <c>https://login.microsoftonline.com/{MicrosoftAppTenantId}</c>.
    /// </summary>
    internal static Uri Authority(BotOptions bot)
    {
        var login = new Uri(bot.ToChannelFromBotLoginUrl, UriKind.Absolute);
        return bot.MicrosoftAppType == BotAppType.SingleTenant
            ? new Uri(login, "/" + Uri.EscapeDataString(bot.MicrosoftAppTenantId!))
            : login;
    }

    private static Func<CancellationToken, Task<AuthenticationResult>> ClientSecret(BotOptions bot, IMsalHttpClientFactory http)
    {
        var authority = Authority(bot);
        var app = ConfidentialClientApplicationBuilder.Create(bot.MicrosoftAppId)
            .WithClientSecret(bot.MicrosoftAppPassword)
            .WithAuthority(authority.AbsoluteUri, validateAuthority: MicrosoftLoginHosts.Contains(authority.Host))
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(http)
            .Build();
        string[] scopes = [ClientCredentialsScope(bot.ToChannelFromBotOAuthScope)];
        return ct => app.AcquireTokenForClient(scopes).ExecuteAsync(ct);
    }

    /// <summary>
    /// Client credentials ask for a resource's ".default" scope; Microsoft's 21Vianet guide writes the scope as the bare
    /// resource (https://api.botframework.azure.cn), so the suffix is added as Bot Builder does.
    /// </summary>
    internal static string ClientCredentialsScope(string scope) =>
        scope.EndsWith(DefaultScopeSuffix, StringComparison.Ordinal) ? scope : scope.TrimEnd('/') + DefaultScopeSuffix;

    /// <remarks>
    /// MSAL finds the managed identity endpoint itself and takes a resource rather than a scope. Tested only against an
    /// App Service style endpoint (IDENTITY_ENDPOINT/IDENTITY_HEADER); the Azure VM/AKS (IMDS), Arc, Service Fabric and
    /// Cloud Shell sources are untested here.
    /// </remarks>
    private static Func<CancellationToken, Task<AuthenticationResult>> ManagedIdentity(BotOptions bot, IMsalHttpClientFactory http)
    {
        var app = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(bot.MicrosoftAppId))
            .WithHttpClientFactory(http)
            .Build();
        var scope = bot.ToChannelFromBotOAuthScope;
        var resource = scope.EndsWith(DefaultScopeSuffix, StringComparison.Ordinal) ? scope[..^DefaultScopeSuffix.Length] : scope;
        return ct => app.AcquireTokenForManagedIdentity(resource).ExecuteAsync(ct);
    }
}
