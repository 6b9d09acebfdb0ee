using Azure;
using Azure.Data.Tables;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;

namespace LiaisonBot.Conversations;

/// <summary>
/// How to reach one person in their 1:1 chat with the bot, and who they are on the roster.
/// Row key: the user's Teams id (escaped). Kept from install, refreshed by every activity.
/// </summary>
public sealed class ConversationEntity : ITableEntity
{
    public const string Partition = "user";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string UserId { get; set; } = "";
    public string? AadObjectId { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? UserPrincipalName { get; set; }
    public string ServiceUrl { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string? TenantId { get; set; }
    public string? ChannelId { get; set; }
    public string? BotId { get; set; }
    public string? Locale { get; set; }
    public string? MemberCode { get; set; }
    public bool Installed { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>This chat as an outbox recipient named <paramref name="key"/>, getting the payload in the person's language.</summary>
    public OutboxRecipient Recipient(string key, string? activityId = null) =>
        new(key, ServiceUrl, ConversationId, Texts.For(Locale).Culture.Name, activityId);
}
