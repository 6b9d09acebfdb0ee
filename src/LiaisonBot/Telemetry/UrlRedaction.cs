namespace LiaisonBot.Telemetry;

/// <summary>
/// Reduces a URL to its scheme, host, port and the shape of its path. Storage URLs carry partition and row keys (member
/// codes, AAD object ids) and connector URLs carry conversation and message ids: none of that may leave in telemetry.
/// </summary>
/// <example>
/// <c>https://smba.trafficmanager.net/amer/v3/conversations/a%3A1x/activities/17</c> becomes
/// <c>https://smba.trafficmanager.net/amer/v3/conversations/{id}/activities/{id}</c>;
/// <c>http://127.0.0.1:10002/devstoreaccount1/Reports(PartitionKey='M001',RowKey='…')</c> becomes
/// <c>http://127.0.0.1:10002/devstoreaccount1/Reports</c>. The query and fragment are always dropped.
/// </example>
public static class UrlRedaction
{
    public const string Id = "{id}";

    // The connector and queue paths name an id after each of these words.
    private static readonly HashSet<string> IdFollows = new(StringComparer.OrdinalIgnoreCase)
    {
        "conversations", "activities", "members", "teams", "messages", "attachments",
    };

    public static string Reduce(Uri url) =>
        url.IsAbsoluteUri ? $"{url.Scheme}://{url.Authority}{ReducePath(url.AbsolutePath)}" : ReducePath(url.OriginalString);

    public static string Reduce(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? Reduce(absolute) : ReducePath(url);

    /// <summary>
    /// Keeps a segment only if it is a plain name (letters and digits, as table, queue and protocol words are) and does not
    /// follow a word that names an id; a table's key predicate is cut off; everything else becomes <c>{id}</c>.
    /// </summary>
    public static string ReducePath(string path)
    {
        var end = path.IndexOfAny(['?', '#']);
        var segments = (end < 0 ? path : path[..end]).Split('/');
        var idNext = false;
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var predicate = segment.IndexOf('(');
            if (predicate >= 0)
            {
                segment = segment[..predicate];
            }

            if (segment.Length > 0)
            {
                segments[i] = !idNext && IsName(segment) ? segment : Id;
                idNext = IdFollows.Contains(segment);
            }
            else
            {
                segments[i] = segment;
            }
        }

        return string.Join('/', segments);
    }

    // Starts with a letter, then letters, digits, hyphens (queue names) or $ and . (words such as $batch, v2.0); not a GUID
    // or other long hex id. An e-mail or an escaped Teams id (':', '@', '%', '_') never passes.
    private static bool IsName(string segment) =>
        segment.Length <= 63 && (char.IsAsciiLetter(segment[0]) || segment[0] == '$')
        && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '$' or '-')
        && !(segment.Length >= 16 && segment.All(c => char.IsAsciiHexDigit(c) || c == '-'));
}
