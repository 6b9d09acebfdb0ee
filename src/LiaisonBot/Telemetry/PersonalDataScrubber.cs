using System.Diagnostics;
using OpenTelemetry;

namespace LiaisonBot.Telemetry;

/// <summary>
/// The last line before every exporter: whatever a library put on a span, only attributes an operator needs and that
/// cannot name a person leave. URLs are reduced (<see cref="UrlRedaction"/>), a server span's path becomes its route
/// template, every attribute not on the list below is removed, and an error keeps its status but not its description
/// (exception messages quote URLs, keys and user input).
/// </summary>
/// <remarks>
/// A list of what may pass rather than of what may not: a library update that adds an attribute holding a key or a
/// statement cannot leak it. Exporters must be added after this processor (see <see cref="TelemetryRegistration"/>).
/// </remarks>
internal sealed class PersonalDataScrubber : BaseProcessor<Activity>
{
    public const string OwnPrefix = "liaisonbot.";

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.Ordinal)
    {
        "url.full", "http.url", "url.original", "url.path", "http.target",
    };

    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "http.request.method", "http.request.method_original", "http.response.status_code", "http.route",
        "http.request.resend_count", "url.scheme", "server.address", "server.port", "network.protocol.name",
        "network.protocol.version", "error.type", "exception.type", "az.namespace", "az.schema_url",
        "az.client_request_id", "az.service_request_id", "otel.status_code",
    };

    public override void OnEnd(Activity data)
    {
        List<KeyValuePair<string, object?>>? changes = null;
        foreach (var (key, value) in data.TagObjects)
        {
            var replacement = Scrub(data, key, value);
            if (!ReferenceEquals(replacement, value))
            {
                (changes ??= []).Add(new(key, replacement));
            }
        }

        foreach (var (key, value) in changes ?? [])
        {
            data.SetTag(key, value); // null removes it
        }

        if (data.Status == ActivityStatusCode.Error && data.StatusDescription is not null)
        {
            data.SetStatus(ActivityStatusCode.Error);
        }
    }

    private static object? Scrub(Activity span, string key, object? value)
    {
        if (key.StartsWith(OwnPrefix, StringComparison.Ordinal) || Allowed.Contains(key))
        {
            return value;
        }

        if (!UrlAttributes.Contains(key) || value is not string url)
        {
            return null;
        }

        var reduced = key == "url.path" && span.GetTagItem("http.route") is string { Length: > 0 } route
            ? "/" + route.TrimStart('/')
            : UrlRedaction.Reduce(url);
        return reduced == url ? value : reduced;
    }
}
