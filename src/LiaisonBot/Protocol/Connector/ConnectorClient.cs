using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace LiaisonBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API (bot-protocol.md §4) as a typed <see cref="HttpClient"/>. The bearer token, retries and
/// Retry-After are handled by the handlers <see cref="ConnectorServiceCollectionExtensions.AddBotConnector"/> installs;
/// a call that still fails throws <see cref="ConnectorException"/>.
/// </summary>
public class ConnectorClient(HttpClient http, ILogger<ConnectorClient> logger, TimeProvider time)
{
    /// <summary>The header Microsoft support asks for when a connector call fails.</summary>
    public const string OperationIdHeader = "X-Correlating-OperationId";

    private const int MaxErrorBodyChars = 4096;

    public virtual Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct = default) =>
        CallAsync<ResourceResponse>(HttpMethod.Post, ConnectorUrl.Build(serviceUrl, $"v3/conversations/{conversationId}/activities"), activity, ct, conversationId);

    public virtual Task<ResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken ct = default) =>
        CallAsync<ResourceResponse>(HttpMethod.Post, ConnectorUrl.Build(serviceUrl, $"v3/conversations/{conversationId}/activities/{replyToId}"), activity, ct, conversationId);

    /// <summary>Replaces one of the bot's own messages (e.g. a card) with <paramref name="activity"/>.</summary>
    public virtual Task<ResourceResponse> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct = default) =>
        CallAsync<ResourceResponse>(HttpMethod.Put, ConnectorUrl.Build(serviceUrl, $"v3/conversations/{conversationId}/activities/{activityId}"), activity, ct, conversationId);

    public virtual Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct = default) =>
        CallAsync<ResourceResponse>(HttpMethod.Delete, ConnectorUrl.Build(serviceUrl, $"v3/conversations/{conversationId}/activities/{activityId}"), null, ct, conversationId);

    public virtual Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct = default) =>
        CallAsync<ConversationResourceResponse>(HttpMethod.Post, ConnectorUrl.Build(serviceUrl, $"v3/conversations"), parameters, ct);

    /// <summary>One member; <paramref name="userId"/> may be the <c>29:</c> id, the UPN or the Entra object id.</summary>
    public virtual Task<TeamsChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken ct = default) =>
        CallAsync<TeamsChannelAccount>(HttpMethod.Get, ConnectorUrl.Build(serviceUrl, $"v3/conversations/{conversationId}/members/{userId}"), null, ct);

    /// <summary>One page of members (the service clamps page sizes to 50..500); loop while the continuation token is set.</summary>
    public virtual Task<PagedMembersResult> GetPagedMembersAsync(
        string serviceUrl, string conversationId, int? pageSize = null, string? continuationToken = null, CancellationToken ct = default) =>
        CallAsync<PagedMembersResult>(HttpMethod.Get, ConnectorUrl.Build(
            serviceUrl, $"v3/conversations/{conversationId}/pagedmembers",
            ("pageSize", pageSize?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("continuationToken", continuationToken)), null, ct);

    /// <summary>The team's name (channel activities carry only its id; the name comes with rename events).</summary>
    public virtual Task<TeamDetails> GetTeamAsync(string serviceUrl, string teamId, CancellationToken ct = default) =>
        CallAsync<TeamDetails>(HttpMethod.Get, ConnectorUrl.Build(serviceUrl, $"v3/teams/{teamId}"), null, ct);

    /// <summary>The team's channels with their names.</summary>
    public virtual Task<ConversationList> GetChannelsAsync(string serviceUrl, string teamId, CancellationToken ct = default) =>
        CallAsync<ConversationList>(HttpMethod.Get, ConnectorUrl.Build(serviceUrl, $"v3/teams/{teamId}/conversations"), null, ct);

    /// <param name="conversation">For activity operations: the conversation whose Teams rate limits the call counts against.</param>
    private async Task<T> CallAsync<T>(HttpMethod method, Uri url, object? body, CancellationToken ct, string? conversation = null) where T : new()
    {
        using var request = new HttpRequestMessage(method, url);
        if (conversation is not null)
        {
            request.Options.Set(ConversationLimitHandler.Conversation, conversation);
        }

        if (body is not null)
        {
            // Buffered, so the request has a Content-Length and can be sent again by the retry handler.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), BotJson.Options));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await FailureAsync(method, url, response, ct);
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        return bytes.Length == 0 ? new T() : JsonSerializer.Deserialize<T>(bytes, BotJson.Options) ?? new T();
    }

    private async Task<ConnectorException> FailureAsync(HttpMethod method, Uri url, HttpResponseMessage response, CancellationToken ct)
    {
        var error = await ReadErrorAsync(response, ct);
        var operationId = response.Headers.TryGetValues(OperationIdHeader, out var ids) ? ids.FirstOrDefault() : null;
        var retryAfter = ConnectorResilience.RetryAfter(response.Headers.RetryAfter, time);
        logger.LogWarning(
            "Connector {Method} {Path} failed: {Status} {ErrorCode}; {OperationIdHeader}: {OperationId}",
            method, url.AbsolutePath, (int)response.StatusCode, error?.Code, OperationIdHeader, operationId);
        return new ConnectorException($"{method} {url.AbsolutePath}", response.StatusCode, error?.Code, error?.Message, retryAfter, operationId);
    }

    private static async Task<ErrorResponse.ErrorBody?> ReadErrorAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            if (text.Length is 0 or > MaxErrorBodyChars)
            {
                return null;
            }

            return JsonSerializer.Deserialize<ErrorResponse>(text, BotJson.Options)?.Error;
        }
        catch (JsonException)
        {
            return null; // not every failure comes from the connector itself (proxies answer with HTML)
        }
    }
}
