using System.Net;

namespace LiaisonBot.Protocol.Auth;

/// <summary>
/// Where signing keys may come from: https anywhere, plain http only from this machine (the test fake). Keys fetched over
/// http from another host could be swapped in transit, which would let anyone mint tokens we accept.
/// </summary>
internal static class MetadataUrl
{
    public static Uri Parse(string? value, string setting)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidOperationException($"{setting} must be an absolute https URL; got '{value}'.");
        }

        if (url.Scheme == Uri.UriSchemeHttp && !IsLoopback(url))
        {
            throw new InvalidOperationException($"{setting} must use https; plain http is allowed only for a loopback host, got '{url.Host}'.");
        }

        return url;
    }

    public static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>True when <paramref name="url"/> may be fetched: https, or http on loopback.</summary>
    public static bool IsAllowed(Uri url) =>
        url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && IsLoopback(url));
}
