using LiaisonBot.Hosting;

namespace LiaisonBot.Protocol;

/// <summary>
/// Bot registration and cloud endpoints, under the configuration keys Teams developers know from Bot Builder.
/// Bound from the configuration root, so <c>MicrosoftAppId</c> is set exactly as in any Bot Framework sample.
/// </summary>
/// <remarks>
/// <see cref="Cloud"/> fills every endpoint; an endpoint set on its own (say, from Microsoft's 21Vianet guide) wins, and
/// an empty one falls back to the cloud's, so an empty environment variable never blanks an endpoint.
/// </remarks>
public sealed class BotOptions
{
    private string? metadataUrl;
    private string? issuer;
    private string? loginUrl;
    private string? scope;

    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }
    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    /// <summary>Setting <c>Cloud</c>: Public, China (21Vianet) or USGov.</summary>
    public CloudName Cloud { get; set; }

    public string ToBotFromChannelOpenIdMetadataUrl { get => metadataUrl ?? Defaults.OpenIdMetadataUrl; set => metadataUrl = OrNull(value); }
    public string ToBotFromChannelTokenIssuer { get => issuer ?? Defaults.TokenIssuer; set => issuer = OrNull(value); }
    public string ToChannelFromBotLoginUrl { get => loginUrl ?? Defaults.LoginUrl; set => loginUrl = OrNull(value); }
    public string ToChannelFromBotOAuthScope { get => scope ?? Defaults.OAuthScope; set => scope = OrNull(value); }

    /// <summary>Host suffixes (".example.net") a serviceUrl may have besides the cloud's own, should Microsoft add one.</summary>
    public string[] ExtraServiceUrlDomains { get; set; } = [];

    /// <summary>No app id: inbound requests are not authenticated and outbound calls carry no token (Development only).</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    private AzureCloud Defaults => AzureCloud.Of(Cloud);

    /// <summary>
    /// Whether the bot may send its token to this serviceUrl: a channel host of its cloud (https), or this machine.
    /// The token is a bearer secret, so a conversation somewhere else is refused at the door rather than answered.
    /// </summary>
    public bool AcceptsServiceUrl(string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url) && Defaults.ServesServiceUrl(url, ExtraServiceUrlDomains);

    private static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}
