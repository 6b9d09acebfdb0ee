using System.Runtime.CompilerServices;
using System.Text;

namespace LiaisonBot.Protocol.Connector;

/// <summary>
/// The one place connector URLs are made: <c>Build(serviceUrl, $"v3/conversations/{id}/activities")</c> escapes every
/// interpolated id (Teams ids hold <c>:</c>, <c>@</c> and <c>;messageid=</c>) and joins serviceUrl with or without its
/// trailing slash (Teams sends one, the Agents Playground does not; either may carry a path such as <c>/amer/</c>).
/// </summary>
internal static class ConnectorUrl
{
    public static Uri Build(string serviceUrl, [InterpolatedStringHandlerArgument] ref EscapedPath path, params (string Name, string? Value)[] query)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUrl) || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"serviceUrl must be an absolute http(s) URL; got '{serviceUrl}'.", nameof(serviceUrl));
        }

        var url = new StringBuilder(serviceUrl.TrimEnd('/')).Append('/').Append(path.ToStringAndClear());
        var separator = '?';
        foreach (var (name, value) in query.Where(q => q.Value is not null))
        {
            url.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value!));
            separator = '&';
        }
        return new Uri(url.ToString());
    }

    /// <summary>Literals are copied as written; every string hole is escaped with <see cref="Uri.EscapeDataString(string)"/>.</summary>
    [InterpolatedStringHandler]
    internal ref struct EscapedPath(int literalLength, int formattedCount)
    {
        private DefaultInterpolatedStringHandler inner = new(literalLength, formattedCount);

        public void AppendLiteral(string value) => inner.AppendLiteral(value);

        public void AppendFormatted(string? id)
        {
            if (string.IsNullOrEmpty(id))
            {
                throw new ArgumentException("An id in a connector URL is null or empty.");
            }

            inner.AppendLiteral(Uri.EscapeDataString(id));
        }

        public string ToStringAndClear() => inner.ToStringAndClear();
    }
}
