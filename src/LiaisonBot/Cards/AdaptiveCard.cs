using System.Text.Json.Serialization;

namespace LiaisonBot.Cards;

/// <summary>An Adaptive Card, version 1.5 (the highest Teams renders for bot cards).</summary>
public sealed record AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public AdaptiveCard(params IEnumerable<CardElement> body) => Body = body.ToList();

    [JsonPropertyName("type")]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Version => "1.5";

    public IReadOnlyList<CardElement> Body { get; }

    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>
    /// Asks each viewer's client for their own up-to-date version of the card when it is shown (Universal Actions),
    /// so one message can say "you confirmed on …" to one person and offer the button to another.
    /// </summary>
    public CardRefresh? Refresh { get; init; }

    /// <summary>Spoken and notification text for screen readers and the activity feed.</summary>
    public string? Speak { get; init; }
}

/// <summary>Declared as <see cref="CardAction"/> so the action is written with its "type".</summary>
public sealed record CardRefresh(CardAction Action);
