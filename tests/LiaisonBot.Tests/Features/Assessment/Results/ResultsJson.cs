using System.Text.Json;
using System.Text.Json.Nodes;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Tests.Features.Assessment.Results;

/// <summary>A results card as Teams receives it, and every object in it, fallbacks included (what a phone shows).</summary>
public static class ResultsJson
{
    public static JsonNode Of(AdaptiveCard card) => JsonNode.Parse(JsonSerializer.Serialize(card, BotJson.Options))!;

    public static IEnumerable<JsonObject> All(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => All(p.Value))),
        JsonArray a => a.SelectMany(All),
        _ => [],
    };

    /// <summary>The TextBlocks whose text contains <paramref name="text"/>.</summary>
    public static List<JsonObject> Blocks(JsonNode card, string text) =>
        [.. All(card).Where(o => (string?)o["type"] == "TextBlock" && ((string?)o["text"])?.Contains(text, StringComparison.Ordinal) == true)];

    public static JsonObject Chart(JsonNode card, string type) => All(card).Single(o => (string?)o["type"] == type);
}
