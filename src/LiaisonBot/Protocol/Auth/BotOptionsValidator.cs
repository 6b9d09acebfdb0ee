using LiaisonBot.Hosting;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Protocol.Auth;

/// <summary>
/// Refuses a bot registration that cannot work, at startup rather than at the first message: the app-type rules of
/// Bot Builder (bot-protocol.md §1.4) and endpoint URLs that keys and tokens may safely come from.
/// </summary>
/// <param name="environment">Without one (a bare service collection) anonymous mode is not judged.</param>
public sealed class BotOptionsValidator(IHostEnvironment? environment = null) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var problems = Problems(options).ToList();
        if (options.IsAnonymous && environment is not null && !environment.IsDevelopment())
        {
            problems.Insert(0, "MicrosoftAppId is not set. Without it the bot would accept unauthenticated requests, which is allowed only " +
                "when ASPNETCORE_ENVIRONMENT=Development (local runs with the Agents Playground). Set MicrosoftAppId, " +
                "MicrosoftAppType and MicrosoftAppTenantId (and MicrosoftAppPassword unless the app type is UserAssignedMSI).");
        }

        return CheckedOptions.Result(problems);
    }

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
