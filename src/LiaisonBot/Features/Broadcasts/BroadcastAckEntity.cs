using Azure;
using Azure.Data.Tables;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>"I have read it": one insert-only row per (notice, member), so a second press changes nothing.</summary>
public sealed class BroadcastAckEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public DateTimeOffset AckedAt { get; set; }
}
