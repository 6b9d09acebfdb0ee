using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace LiaisonBot.Protocol.Connector;

/// <summary>
/// When a connector call is tried again (bot-protocol.md §6): 429 and 412 and 503 always (the request was not
/// processed); 502 and 504 only for GET, PUT and DELETE, because a POST that timed out upstream may have posted the message
/// and sending it again would duplicate it. Retry-After is honoured; otherwise exponential backoff with jitter.
/// </summary>
internal static class ConnectorResilience
{
    public const string PipelineName = "bot-connector";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ConnectorOptions options, TimeProvider time)
    {
        if (options.MaxRetries <= 0)
        {
            return;
        }

        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetries,
            Delay = options.BaseDelay,
            MaxDelay = options.MaxDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } response && ShouldRetry(response, options.MaxRetryAfter, time)),
        });
    }

    /// <remarks>Exceptions (connection failures, timeouts) are never retried: we cannot tell whether a POST arrived.</remarks>
    internal static bool ShouldRetry(HttpResponseMessage response, TimeSpan maxRetryAfter, TimeProvider time)
    {
        var retryable = response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.ServiceUnavailable => true,
            HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout => response.RequestMessage?.Method != HttpMethod.Post,
            _ => false,
        };
        return retryable && !(RetryAfter(response.Headers.RetryAfter, time) > maxRetryAfter);
    }

    /// <summary>The wait a Retry-After header asks for (seconds or an HTTP date), or null without one.</summary>
    internal static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, TimeProvider time) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
