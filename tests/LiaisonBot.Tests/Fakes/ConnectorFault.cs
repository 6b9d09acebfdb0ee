using System.Net;

namespace LiaisonBot.Tests.Fakes;

/// <summary>
/// An error the fake connector answers with instead of doing the operation. <see cref="RetryAfter"/> goes out as whole
/// seconds, or as an HTTP date when <see cref="RetryAfterAsDate"/>.
/// </summary>
public sealed record ConnectorFault(HttpStatusCode Status, string? Code = null, string? Message = null, TimeSpan? RetryAfter = null, bool RetryAfterAsDate = false)
{
    /// <summary>
    /// A 429 for the app's limit: its Retry-After holds every request, not only those into the request's conversation
    /// (as one for a request without a conversation does).
    /// </summary>
    public bool AppWide { get; init; }

    public static ConnectorFault Throttled(TimeSpan? retryAfter = null) => new(HttpStatusCode.TooManyRequests, "Throttled", "Too many requests", retryAfter);
    public static ConnectorFault ThrottledUntilDate(TimeSpan retryAfter) => Throttled(retryAfter) with { RetryAfterAsDate = true };
    public static ConnectorFault PreconditionFailed { get; } = new(HttpStatusCode.PreconditionFailed, "PreconditionFailed", "Concurrent operations on the conversation.");
    public static ConnectorFault TooBig { get; } = new(HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig", "The message is too big.");
    public static ConnectorFault Unavailable { get; } = new(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
    public static ConnectorFault Blocked { get; } = new(HttpStatusCode.Forbidden, "ConversationBlockedByUser", "User blocked the conversation with the bot.");
    public static ConnectorFault NotInRoster { get; } = new(HttpStatusCode.Forbidden, "BotNotInConversationRoster", "The bot is not part of the conversation roster.");
    public static ConnectorFault ConversationNotFound { get; } = new(HttpStatusCode.NotFound, "ConversationNotFound", "Conversation not found.");
    public static ConnectorFault BadRequest { get; } = new(HttpStatusCode.BadRequest, "BadSyntax", "Bad request.");
}
