using System.Net;
using LiaisonBot.Protocol.Connector;

namespace LiaisonBot.Outbox;

internal enum Verdict
{
    Delivered,
    NotReachable,
    Failed,
    Transient,
    Throttled,
}

/// <summary>What a failed connector call means for the delivery (bot-protocol.md §4.3, §6).</summary>
internal readonly record struct Outcome(Verdict Verdict, string? Reason, TimeSpan? RetryAfter = null, string? ActivityId = null);

internal static class DeliveryPolicy
{
    /// <summary>
    /// 429: pause and retry. 412/502/503/504, network errors and timeouts: retry with backoff. 403/404 (blocked, uninstalled,
    /// disabled, stale conversation): NotReachable, never retried. Anything else (400, 401, 413, 500…): Failed.
    /// </summary>
    /// <remarks>
    /// A POST answered 502/504, or one that timed out, may have been posted anyway: retrying it can duplicate the message.
    /// Teams lists these as retryable and a lost notice is worse than a rare duplicate, so we retry.
    /// </remarks>
    public static Outcome Classify(Exception error) => error switch
    {
        ConnectorException { StatusCode: HttpStatusCode.TooManyRequests } e => new(Verdict.Throttled, e.ErrorCode ?? "Throttled", e.RetryAfter),
        ConnectorException { StatusCode: HttpStatusCode.Forbidden or HttpStatusCode.NotFound } e => new(Verdict.NotReachable, Reason(e)),
        ConnectorException { StatusCode: HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout } e
            => new(Verdict.Transient, Reason(e)),
        ConnectorException e => new(Verdict.Failed, Reason(e)),
        HttpRequestException => new(Verdict.Transient, "NetworkError"),
        TimeoutException or TaskCanceledException => new(Verdict.Transient, "Timeout"),
        _ => new(Verdict.Transient, error.GetType().Name),
    };

    /// <summary>Exponential backoff with ±20 % jitter: base·2^(n−1), capped.</summary>
    public static TimeSpan Backoff(int attempt, OutboxOptions options)
    {
        var exponential = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var capped = Math.Min(exponential, options.RetryMaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.8 + 0.4 * Random.Shared.NextDouble()));
    }

    private static string Reason(ConnectorException e) => e.ErrorCode is { Length: > 0 } code ? code : e.StatusCode.ToString();
}
