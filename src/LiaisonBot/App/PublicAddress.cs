namespace LiaisonBot.App;

/// <summary>
/// The bot's own address as the request that reached it names it: where every link the bot hands out points (template
/// and export downloads, the ballot page, the sign-in screen). One place, so that a configured public address can
/// replace the request's when the bot sits behind a proxy.
/// </summary>
public sealed class PublicAddress(IHttpContextAccessor http)
{
    /// <summary>Scheme, host and path base, without a trailing slash; empty outside a request.</summary>
    public string Base => http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}{request.PathBase}" : "";

    /// <summary>The absolute link to a path on this bot; the path itself outside a request.</summary>
    public string Of(string path) => Base + path;
}
