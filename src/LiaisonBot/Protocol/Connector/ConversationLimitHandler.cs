namespace LiaisonBot.Protocol.Connector;

/// <summary>
/// Holds each attempt of an activity operation (send, reply, update, delete) until its conversation has room
/// (<see cref="ConversationLimits"/>). Inside the retry loop, so a retried call takes a new permit as Teams counts it again.
/// </summary>
internal sealed class ConversationLimitHandler(ConversationLimits limits) : DelegatingHandler
{
    /// <summary>Set by <see cref="ConnectorClient"/> on activity operations: the conversation the call counts against.</summary>
    public static readonly HttpRequestOptionsKey<string> Conversation = new("LiaisonBot.Conversation");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Options.TryGetValue(Conversation, out var conversationId))
        {
            await limits.AcquireAsync(conversationId, ct);
        }

        return await base.SendAsync(request, ct);
    }
}
