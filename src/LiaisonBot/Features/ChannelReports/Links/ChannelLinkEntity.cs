using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;
using LiaisonBot.Outbox;

namespace LiaisonBot.Features.ChannelReports.Links;

/// <summary>
/// Where a liaison group posts its reports: one Teams channel, kept as a conversation reference for proactive posts.
/// One partition (24 groups); row: the group code, so a group has at most one channel.
/// </summary>
public sealed class ChannelLinkEntity : ITableEntity
{
    public const string Partition = "link";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string TeamId { get; set; } = "";
    public string? TeamName { get; set; }
    public string ChannelId { get; set; } = "";
    public string? ChannelName { get; set; }
    public string ServiceUrl { get; set; } = "";
    public string? TenantId { get; set; }

    /// <summary>The language of the cards posted in the channel: that of the leader who linked it.</summary>
    public string? Locale { get; set; }

    public string LinkedBy { get; set; } = "";
    public DateTimeOffset LinkedAt { get; set; }

    [IgnoreDataMember]
    public string GroupCode => RowKey;

    /// <summary>The channel as an outbox recipient: posting to the channel id starts a new thread.</summary>
    public OutboxRecipient Recipient(string key, string payloadKey, string? activityId = null) =>
        new(key, ServiceUrl, ChannelId, payloadKey, activityId);
}
