namespace LiaisonBot.Outbox;

/// <summary>
/// Where one recipient's delivery stands. Queued covers "waiting", "being sent" and "waiting to retry"; the other four are
/// final. NotReachable means Teams said the user or conversation cannot be reached (403/404), so retrying is pointless.
/// </summary>
public enum DeliveryState
{
    Queued,
    Delivered,
    NotReachable,
    Failed,
    Cancelled,
}

/// <summary>Counts of a job's deliveries by state; a job is done when nothing is <see cref="Queued"/>.</summary>
public sealed record OutboxProgress(int Total, int Queued, int Delivered, int NotReachable, int Failed, int Cancelled)
{
    public bool IsComplete => Queued == 0;
}

/// <summary>
/// One recipient's delivery. <see cref="Reason"/> is the Teams error code (e.g. <c>ConversationBlockedByUser</c>) or HTTP
/// status name of the last failed attempt; <see cref="ActivityId"/> is the message's id (returned by the connector for a
/// Send; the updated or deleted message's for Update and Delete); <see cref="Attempts"/> counts connector calls.
/// </summary>
public sealed record DeliveryRecord(string Key, DeliveryState State, string? Reason, string? ActivityId, int Attempts, DateTimeOffset UpdatedAt);
