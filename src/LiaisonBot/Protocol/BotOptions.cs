namespace LiaisonBot.Protocol;

/// <summary>
/// Bot registration and cloud endpoints, under the configuration keys Teams developers know from Bot Builder.
/// Bound from the configuration root, so <c>MicrosoftAppId</c> is set exactly as in any Bot Framework sample.
/// </summary>
public sealed class BotOptions
{
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }
    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } =
        "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public string ToBotFromChannelTokenIssuer { get; set; } = "https://api.botframework.com";
    public string ToChannelFromBotLoginUrl { get; set; } = "https://login.microsoftonline.com/botframework.com";
    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>No app id: inbound requests are not authenticated and outbound calls carry no token (Development only).</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}

public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}
