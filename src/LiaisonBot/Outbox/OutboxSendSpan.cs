using System.Diagnostics;
using LiaisonBot.Protocol.Connector;
using LiaisonBot.Telemetry;

namespace LiaisonBot.Outbox;

/// <summary>
/// The span of one connector call by the outbox and the write of its outcome: kind of send, attempt, HTTP status (of a
/// refusal; a delivery's is on the HTTP span under it), throttled or not, and the outcome. No job, row or conversation id.
/// </summary>
internal static class OutboxSendSpan
{
    public const string Name = "outbox send";
    public const string KindTag = "liaisonbot.outbox.kind";
    public const string AttemptTag = "liaisonbot.outbox.attempt";
    public const string ThrottledTag = "liaisonbot.outbox.throttled";
    public const string OutcomeTag = "liaisonbot.outbox.outcome";

    public static Activity? Start(DeliveryWork work)
    {
        var span = BotTelemetry.Source.StartActivity(Name);
        span?.SetTag(KindTag, work.Job.Kind switch
        {
            DeliveryKind.Send => "send",
            DeliveryKind.Update => "update",
            _ => "delete",
        });
        span?.SetTag(AttemptTag, work.AttemptsMade);
        return span;
    }

    /// <summary>Tags the outcome once the outbox has acted on it (<paramref name="rowState"/> is the row's state then).</summary>
    public static void End(Activity? span, Outcome outcome, Exception? error, string rowState)
    {
        if (span is null)
        {
            return;
        }

        span.SetTag(ThrottledTag, outcome.Verdict == Verdict.Throttled);
        span.SetTag(OutcomeTag, OutboxMetrics.SendOutcome(rowState));
        if (error is ConnectorException refused)
        {
            span.SetTag("http.response.status_code", (int)refused.StatusCode);
        }

        if (error is not null)
        {
            // The type and Teams' error code only: the exception's message quotes the conversation's URL.
            span.SetTag("error.type", outcome.Reason ?? error.GetType().FullName);
            span.SetStatus(ActivityStatusCode.Error);
        }
    }
}
