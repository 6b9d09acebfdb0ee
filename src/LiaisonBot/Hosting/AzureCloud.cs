namespace LiaisonBot.Hosting;

/// <summary>The Azure cloud the bot is deployed in: picks every endpoint that differs between clouds (setting <c>Cloud</c>).</summary>
public enum CloudName
{
    Public,
    China,
    USGov,
}

/// <summary>
/// The endpoints one cloud's Bot Framework, Entra ID and Storage answer at. Each value is only a default: the individual
/// setting (e.g. <c>ToBotFromChannelTokenIssuer</c>, <c>Storage:EndpointSuffix</c>) still wins.
/// </summary>
/// <param name="OpenIdMetadataUrl">Where the channel's signing keys are published (inbound tokens).</param>
/// <param name="TokenIssuer">The <c>iss</c> of the tokens the channel sends.</param>
/// <param name="LoginUrl">The authority the bot gets its own tokens from, with the multi-tenant default tenant (a single-tenant bot puts its own tenant there).</param>
/// <param name="OAuthScope">The scope of the bot's outbound tokens.</param>
/// <param name="ServiceUrlDomains">Host suffixes a conversation's serviceUrl may have; the bot's token goes nowhere else.</param>
/// <param name="StorageEndpointSuffix">Storage account endpoints: <c>https://{account}.table.{suffix}</c>.</param>
/// <param name="AuthorityHost">Where Azure.Identity gets managed-identity and workload tokens.</param>
public sealed record AzureCloud(
    CloudName Name,
    string OpenIdMetadataUrl,
    string TokenIssuer,
    string LoginUrl,
    string OAuthScope,
    IReadOnlyList<string> ServiceUrlDomains,
    string StorageEndpointSuffix,
    Uri AuthorityHost)
{
    /// <summary>The configuration key, at the root like Bot Builder's own keys.</summary>
    public const string Key = "Cloud";

    // bot-protocol.md §1.2; China: Microsoft's "Configure a bot in Microsoft Azure operated by 21Vianet".
    public static readonly AzureCloud Public = new(
        CloudName.Public,
        "https://login.botframework.com/v1/.well-known/openidconfiguration",
        "https://api.botframework.com",
        "https://login.microsoftonline.com/botframework.com",
        "https://api.botframework.com/.default",
        // smba.trafficmanager.net is checked on its own: trafficmanager.net is shared by every Azure customer.
        [".botframework.com", ".teams.microsoft.com"],
        "core.windows.net",
        new Uri("https://login.microsoftonline.com/"));

    public static readonly AzureCloud China = new(
        CloudName.China,
        "https://login.botframework.azure.cn/v1/.well-known/openidconfiguration",
        "https://api.botframework.azure.cn",
        "https://login.partner.microsoftonline.cn/microsoftservices.partner.onmschina.cn",
        "https://api.botframework.azure.cn/.default",
        [".botframework.azure.cn", ".teams.microsoftonline.cn"],
        "core.chinacloudapi.cn",
        new Uri("https://login.chinacloudapi.cn/"));

    public static readonly AzureCloud USGov = new(
        CloudName.USGov,
        "https://login.botframework.azure.us/v1/.well-known/openidconfiguration",
        "https://api.botframework.us",
        "https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us",
        "https://api.botframework.us/.default",
        [".botframework.azure.us", ".teams.microsoft.us"],
        "core.usgovcloudapi.net",
        new Uri("https://login.microsoftonline.us/"));

    public static AzureCloud Of(CloudName name) => name switch
    {
        CloudName.China => China,
        CloudName.USGov => USGov,
        _ => Public,
    };

    /// <summary>The cloud the configuration names; Public when it names none.</summary>
    /// <exception cref="InvalidOperationException">The setting names no cloud this bot knows.</exception>
    public static AzureCloud From(IConfiguration configuration)
    {
        var value = configuration[Key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return Public;
        }

        return Enum.TryParse<CloudName>(value.Trim(), ignoreCase: true, out var name) && Enum.IsDefined(name)
            ? Of(name)
            : throw new InvalidOperationException($"Cloud must be Public, China or USGov; got '{value}'.");
    }

    /// <summary>Whether a serviceUrl's host belongs to this cloud's channels (or is this machine, for local runs and tests).</summary>
    public bool ServesServiceUrl(Uri serviceUrl, IEnumerable<string> extraDomains)
    {
        var host = serviceUrl.IdnHost.ToLowerInvariant();
        if (serviceUrl.IsLoopback)
        {
            return true;
        }

        if (Name == CloudName.Public && host.EndsWith(".trafficmanager.net", StringComparison.Ordinal))
        {
            return host.StartsWith("smba", StringComparison.Ordinal);
        }

        return serviceUrl.Scheme == Uri.UriSchemeHttps && ServiceUrlDomains.Concat(extraDomains)
            .Any(d => d.StartsWith('.') && host.EndsWith(d.ToLowerInvariant(), StringComparison.Ordinal));
    }
}
