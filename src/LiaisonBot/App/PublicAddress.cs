using Microsoft.Extensions.Options;

namespace LiaisonBot.App;

/// <summary>
/// The bot's own address, where every link the bot hands out points (template and export downloads, the ballot page, the
/// sign-in screen): the configured <see cref="PublicAddressOptions.PublicBaseUrl"/>, required in Production; elsewhere
/// (a local run, the tests) the address the request that reached the bot names.
/// </summary>
public sealed class PublicAddress(IHttpContextAccessor http, IOptions<PublicAddressOptions> options)
{
    /// <summary>Scheme, host and path base, without a trailing slash; empty outside a request when none is configured.</summary>
    public string Base => options.Value.Base
        ?? (http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}{request.PathBase}" : "");

    /// <summary>The absolute link to a path on this bot; the path itself outside a request when none is configured.</summary>
    public string Of(string path) => Base + path;
}
