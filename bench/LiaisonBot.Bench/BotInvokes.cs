using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LiaisonBot.Protocol;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Bench;

/// <summary>Activities posted to the bot's real endpoint as Teams posts them, with a token from the fake Bot Framework.</summary>
public static class BotInvokes
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, Activity activity, string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, BotEndpoint.Path)
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, BotJson.Options), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        return await http.SendAsync(request);
    }

    /// <summary>A card button pressed (Action.Execute): answered with a card or not, and the answer as sent.</summary>
    public static async Task<(bool Ok, string Body)> ExecuteAsync(HttpClient http, string authorization, TestUser user, string verb, object? data)
    {
        using var response = await PostAsync(http, user.Execute(verb, data), authorization);
        var body = await response.Content.ReadAsStringAsync();
        return (response.IsSuccessStatusCode && body.Contains("\"statusCode\":200", StringComparison.Ordinal), body);
    }
}
