namespace LiaisonBot.Protocol.Connector;

/// <summary>The connector's error body: <c>{"error":{"code":"ConversationBlockedByUser","message":"…"}}</c>.</summary>
public sealed record ErrorResponse(ErrorResponse.ErrorBody? Error)
{
    public sealed record ErrorBody(string? Code, string? Message);
}
