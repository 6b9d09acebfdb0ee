using System.Diagnostics;
using Span = System.Diagnostics.Activity;

namespace LiaisonBot.Protocol;

/// <summary>
/// One turn's span and measurements: the activity's type, channel and invoke name, what the router resolved it to, the
/// outcome. Every value is a protocol word or a registered name; the activity's text, ids and people never go on it.
/// </summary>
internal sealed class TurnTrace(TurnMetrics metrics, Span? span, long started)
{
    public const string SpanName = "turn";
    public const string TypeTag = "liaisonbot.activity.type";
    public const string ChannelTag = "liaisonbot.channel";
    public const string InvokeTag = "liaisonbot.invoke.name";
    public const string RouteKindTag = "liaisonbot.route.kind";
    public const string RouteNameTag = "liaisonbot.route.name";
    public const string OutcomeTag = "liaisonbot.turn.outcome";

    private static readonly HashSet<string> KnownTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.Invoke, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate,
        ActivityTypes.Event, ActivityTypes.Typing, "messageReaction", "messageUpdate", "messageDelete", "endOfConversation",
    };

    private string type = "unknown";
    private Type? failure;

    /// <summary>The activity as read from the body, before authentication: a refused one is still a turn.</summary>
    public void Read(Activity? activity)
    {
        // Before authentication anyone may have written the type: only the protocol's own words are kept.
        type = activity?.Type is { } t && KnownTypes.Contains(t) ? t : "other";
        if (span is not null)
        {
            span.DisplayName = $"{SpanName} {type}";
            span.SetTag(TypeTag, type);
        }
    }

    /// <summary>What the router did with an authenticated activity, and whether a handler failed.</summary>
    public void Routed(Turn turn)
    {
        Routed(turn.Route, turn.Failure);
        if (span is not null)
        {
            span.SetTag(ChannelTag, Word(turn.Activity.ChannelId));
            if (turn.Activity.Type == ActivityTypes.Invoke)
            {
                span.SetTag(InvokeTag, Word(turn.Activity.Name));
            }
        }
    }

    public void Routed(TurnRoute? route, Type? failed = null)
    {
        failure ??= failed;
        if (span is not null && route is { } r)
        {
            span.SetTag(RouteKindTag, r.Kind);
            span.SetTag(RouteNameTag, r.Name);
        }
    }

    public void Failed(Exception e) => failure = e.GetType();

    /// <summary>Ends the span and records the turn: unauthorized (401), rejected (400, 413), error, or ok.</summary>
    public void End(int? status)
    {
        var outcome = failure is not null ? "error" : status switch
        {
            StatusCodes.Status401Unauthorized => "unauthorized",
            StatusCodes.Status400BadRequest or StatusCodes.Status413PayloadTooLarge => "rejected",
            _ => "ok",
        };
        var typeTag = new KeyValuePair<string, object?>(TypeTag, type);
        var outcomeTag = new KeyValuePair<string, object?>(OutcomeTag, outcome);
        metrics.TurnCount.Add(1, typeTag, outcomeTag);
        if (metrics.Time.Enabled)
        {
            metrics.Time.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, typeTag, outcomeTag);
        }

        if (failure is not null)
        {
            metrics.ErrorCount.Add(1, typeTag, new("error.type", failure.FullName));
        }

        if (span is not null)
        {
            span.SetTag(OutcomeTag, outcome);
            if (failure is not null)
            {
                span.SetTag("error.type", failure.FullName);
                span.SetStatus(ActivityStatusCode.Error);
            }

            span.Dispose();
        }
    }

    // Channel ids and invoke names are protocol words; anything else the channel sent is not put on a span.
    private static string Word(string? value) =>
        value is { Length: > 0 and <= 40 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-') ? value : "other";
}
