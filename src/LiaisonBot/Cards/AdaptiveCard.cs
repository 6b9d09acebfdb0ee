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

    /// <summary>Spoken and notification text for screen readers and the activity feed.</summary>
    public string? Speak { get; init; }
}
