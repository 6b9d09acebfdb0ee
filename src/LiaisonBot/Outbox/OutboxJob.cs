using LiaisonBot.Protocol;

namespace LiaisonBot.Outbox;

/// <summary>What a job does in each recipient's conversation: post a new message, replace one, or remove one.</summary>
public enum DeliveryKind
{
    Send,
    Update,
    Delete,
}

/// <summary>
/// One recipient of a job. <see cref="Key"/> is unique within the job (e.g. a member code) and names the recipient in
/// <see cref="DeliveryRecord"/>; <see cref="PayloadKey"/> picks one of the job's payload activities (e.g. "zh-CN");
/// <see cref="ActivityId"/> is the message to update or delete (Update and Delete jobs).
/// </summary>
public sealed record OutboxRecipient(string Key, string ServiceUrl, string ConversationId, string PayloadKey, string? ActivityId = null);

/// <summary>
/// A batch of deliveries: the same payload activities (one per <see cref="OutboxRecipient.PayloadKey"/>) to every
/// recipient, not before <see cref="NotBefore"/>. <see cref="JobId"/> is the caller's idempotency key: enqueueing the same
/// id again does nothing, so a feature can retry its own step safely. Delete jobs need no payloads. <see cref="Hook"/>
/// names the <see cref="IOutboxHook"/> (registered with AddOutboxHook) told as the job's recipients settle.
/// </summary>
public sealed record OutboxJob(
    string JobId,
    DeliveryKind Kind,
    IReadOnlyDictionary<string, Activity> Payloads,
    IReadOnlyList<OutboxRecipient> Recipients,
    DateTimeOffset? NotBefore = null,
    string? Hook = null);
