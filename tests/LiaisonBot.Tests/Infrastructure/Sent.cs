using System.Text.Json;
using System.Text.Json.Nodes;
using LiaisonBot.Tests.Fakes;

namespace LiaisonBot.Tests.Infrastructure;

/// <summary>Reads what the bot sent to the (fake) connector or answered an invoke with, as a user would see it.</summary>
public static class Sent
{
    /// <summary>The messages the bot posted into <paramref name="user"/>'s chat, oldest first.</summary>
    public static List<JsonNode> Messages(FakeBotFramework fake, TestUser user) =>
        fake.Requests.Where(r => r.Method == "POST" && r.ConversationId == user.ConversationId && r.Body is not null)
            .Select(r => r.Body!).ToList();

    /// <summary>
    /// The messages the bot posted straight into a conversation, oldest first: for a channel id, the new threads it
    /// started there (a reply inside a thread goes to <c>{channelId};messageid=…</c> instead, see <see cref="Replies"/>).
    /// </summary>
    public static List<JsonNode> Posts(FakeBotFramework fake, string conversationId) =>
        fake.Requests.Where(r => r.Method == "POST" && r.ConversationId == conversationId && r.Body is not null).Select(r => r.Body!).ToList();

    /// <summary>The bot's replies inside the threads of a channel, oldest first.</summary>
    public static List<JsonNode> Replies(FakeBotFramework fake, string channelId) =>
        fake.Requests.Where(r => r.Method == "POST" && r.ConversationId?.StartsWith(channelId + ";messageid=", StringComparison.Ordinal) == true && r.Body is not null)
            .Select(r => r.Body!).ToList();

    public static JsonNode Card(JsonNode message)
    {
        var attachment = message["attachments"]?[0] ?? throw new Xunit.Sdk.XunitException($"Not a card: {message.ToJsonString()}");
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        return attachment["content"]!;
    }

    /// <summary>The card inside an <c>adaptiveCard/action</c> answer that replaces the user's card.</summary>
    public static async Task<JsonNode> InvokeCardAsync(HttpResponseMessage response)
    {
        Assert.Equal(200, (int)response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return body["value"]!;
    }

    /// <summary>Every piece of text a person sees on the card, in order, joined by new lines.</summary>
    public static string Text(JsonNode card) => string.Join('\n', Strings(card));

    /// <summary>The verbs of the card's Action.Execute buttons.</summary>
    public static List<string> Verbs(JsonNode card) =>
        Walk(card).Where(n => (string?)n["type"] == "Action.Execute").Select(n => (string)n["verb"]!).ToList();

    /// <summary>Every Action.Execute button on the card, wherever it stands (card actions, action sets, columns).</summary>
    public static IEnumerable<JsonNode> Buttons(JsonNode card) => Walk(card).Where(n => (string?)n["type"] == "Action.Execute");

    /// <summary>The addresses of the card's Action.OpenUrl buttons, wherever they stand, in order.</summary>
    public static List<Uri> Links(JsonNode card) =>
        [.. Walk(card).Where(n => (string?)n["type"] == "Action.OpenUrl").Select(n => new Uri((string)n["url"]!))];

    /// <summary>The data of the card's first Action.Execute button with this verb, as the client would send it back.</summary>
    public static Dictionary<string, string> Data(JsonNode card, string verb) =>
        Walk(card).First(n => (string?)n["type"] == "Action.Execute" && (string?)n["verb"] == verb)["data"]!.AsObject()
            .ToDictionary(p => p.Key, p => (string)p.Value!);

    /// <summary>A data value of the first Action.Execute button with <paramref name="verb"/>, anywhere on the card.</summary>
    public static string ActionData(JsonNode card, string verb, string key) => Data(card, verb)[key];

    private static IEnumerable<string> Strings(JsonNode node) => Walk(node).SelectMany(n =>
        new[] { "text", "title", "value" }.Select(k => n[k]).OfType<JsonValue>()
            .Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => (string)v!));

    private static IEnumerable<JsonObject> Walk(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.Where(p => p.Key != "fallback").SelectMany(p => Walk(p.Value))),
        JsonArray a => a.SelectMany(Walk),
        _ => [],
    };
}
