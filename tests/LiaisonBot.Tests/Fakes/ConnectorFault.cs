using System.Net;

namespace LiaisonBot.Tests.Fakes;

/// <summary>An error the fake connector answers with instead of doing the operation.</summary>
public sealed record ConnectorFault(HttpStatusCode Status, string? Code = null, string? Message = null, TimeSpan? RetryAfter = null)
{
    public static ConnectorFault Throttled(TimeSpan? retryAfter = null) => new(HttpStatusCode.TooManyRequests, "Throttled", "Too many requests", retryAfter);
    public static ConnectorFault Unavailable { get; } = new(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
    public static ConnectorFault Blocked { get; } = new(HttpStatusCode.Forbidden, "ConversationBlockedByUser", "User blocked the conversation with the bot.");
    public static ConnectorFault NotInRoster { get; } = new(HttpStatusCode.Forbidden, "BotNotInConversationRoster", "The bot is not part of the conversation roster.");
    public static ConnectorFault ConversationNotFound { get; } = new(HttpStatusCode.NotFound, "ConversationNotFound", "Conversation not found.");
    public static ConnectorFault BadRequest { get; } = new(HttpStatusCode.BadRequest, "BadSyntax", "Bad request.");
}
