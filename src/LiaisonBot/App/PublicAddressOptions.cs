using Microsoft.Extensions.Options;

namespace LiaisonBot.App;

/// <summary>Where people's phones reach the bot: the base of every link it hands out.</summary>
public sealed class PublicAddressOptions
{
    public const string Section = "Bot";

    /// <summary>
    /// The bot's public base URL (https://liaison.example.cn, with a path base if any). Required in Production: behind a
    /// proxy or a gateway the request's Host header names the bot's own host, or whatever a caller put there.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The configured base without a trailing slash, or null when none is set.</summary>
    internal string? Base => string.IsNullOrWhiteSpace(PublicBaseUrl) ? null : PublicBaseUrl.Trim().TrimEnd('/');
}

/// <summary>Checks the public base URL at start-up, naming the setting in every message.</summary>
internal sealed class PublicAddressOptionsValidator(IHostEnvironment environment) : IValidateOptions<PublicAddressOptions>
{
    private const string Setting = "Bot:PublicBaseUrl (environment variable Bot__PublicBaseUrl)";

    public ValidateOptionsResult Validate(string? name, PublicAddressOptions options) =>
        Problem(options) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;

    private string? Problem(PublicAddressOptions options)
    {
        if (options.Base is not { } configured)
        {
            return environment.IsProduction()
                ? $"{Setting} is required in Production: the https address people's phones reach the bot at (e.g. https://liaison.example.cn). " +
                  "Every link the bot hands out (templates, exports, the ballot page, the sign-in screen) starts with it."
                : null;
        }

        if (!Uri.TryCreate(configured, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return $"{Setting} must be an absolute https URL, got '{configured}'.";
        }

        if (url.Scheme == Uri.UriSchemeHttp && !url.IsLoopback)
        {
            return $"{Setting} must use https; plain http is allowed only for a loopback host, got '{url.Host}'.";
        }

        return url.Query.Length > 0 || url.Fragment.Length > 0 ? $"{Setting} must not have a query or a fragment, got '{configured}'." : null;
    }
}
