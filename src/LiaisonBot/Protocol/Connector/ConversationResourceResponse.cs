namespace LiaisonBot.Protocol.Connector;

/// <summary>
/// What <c>POST v3/conversations</c> returns: the conversation id (for a channel thread
/// <c>{channelId};messageid={activityId}</c>), the id of the activity sent with it, and the serviceUrl to use for it.
/// </summary>
public sealed record ConversationResourceResponse
{
    public string? Id { get; init; }
    public string? ActivityId { get; init; }
    public string? ServiceUrl { get; init; }
}
