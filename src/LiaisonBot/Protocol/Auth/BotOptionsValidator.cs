using Microsoft.Extensions.Options;

namespace LiaisonBot.Protocol.Auth;

/// <summary>
/// Refuses a bot registration that cannot work, at startup rather than at the first message: the app-type rules of
/// Bot Builder (bot-protocol.md §1.4) and endpoint URLs that keys and tokens may safely come from.
/// </summary>
public sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options) =>
        Problems(options).ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;

    internal static void ThrowIfInvalid(BotOptions options)
    {
        if (Problems(options).ToList() is { Count: > 0 } problems)
        {
            throw new OptionsValidationException(nameof(BotOptions), typeof(BotOptions), problems);
        }
    }

    private static IEnumerable<string> Problems(BotOptions o)
    {
        var metadataProblem = MetadataProblem(o.ToBotFromChannelOpenIdMetadataUrl);
        if (metadataProblem is not null)
        {
            yield return metadataProblem;
        }

        foreach (var domain in o.ExtraServiceUrlDomains.Where(d => !d.StartsWith('.') || Uri.CheckHostName(d[1..]) != UriHostNameType.Dns))
        {
            yield return $"ExtraServiceUrlDomains takes host suffixes that start with a dot, such as .example.net; got '{domain}'.";
        }

        if (o.IsAnonymous)
        {
            yield break;
        }

        // Unlike the metadata URL, no loopback exception: MSAL refuses an authority that is not https, so tests serve
        // their token endpoint over TLS instead.
        if (!Uri.TryCreate(o.ToChannelFromBotLoginUrl, UriKind.Absolute, out var login) || login.Scheme != Uri.UriSchemeHttps)
        {
            yield return $"ToChannelFromBotLoginUrl must be an absolute https URL, even on a loopback host (MSAL gets tokens only over https); got '{o.ToChannelFromBotLoginUrl}'.";
        }

        var hasPassword = !string.IsNullOrWhiteSpace(o.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(o.MicrosoftAppTenantId);
        switch (o.MicrosoftAppType)
        {
            case BotAppType.MultiTenant when !hasPassword:
                yield return "MicrosoftAppType MultiTenant needs MicrosoftAppPassword.";
                break;
            case BotAppType.SingleTenant when !hasPassword || !hasTenant:
                yield return "MicrosoftAppType SingleTenant needs MicrosoftAppPassword and MicrosoftAppTenantId.";
                break;
            case BotAppType.UserAssignedMSI when hasPassword:
                yield return "MicrosoftAppType UserAssignedMSI takes no MicrosoftAppPassword (MicrosoftAppId is the managed identity's client id).";
                break;
        }
    }

    private static string? MetadataProblem(string url)
    {
        try
        {
            MetadataUrl.Parse(url, nameof(BotOptions.ToBotFromChannelOpenIdMetadataUrl));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            return ex.Message;
        }
    }
}
