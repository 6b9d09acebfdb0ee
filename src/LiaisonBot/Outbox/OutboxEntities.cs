using Azure;
using Azure.Data.Tables;

namespace LiaisonBot.Outbox;

/// <summary>
/// A job (table OutboxJobs, partition = escaped job id, row "job"). Written last by EnqueueAsync, so its presence means
/// every delivery row and payload row is stored; the worker ignores a job's work until it exists.
/// </summary>
internal sealed class JobEntity : ITableEntity
{
    public const string Row = "job";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string JobId { get; set; } = "";
    public string Kind { get; set; } = "";
    public DateTimeOffset? NotBefore { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Total { get; set; }
    public int Chunks { get; set; }
    public bool Cancelled { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>The kind of <see cref="IOutboxHook"/> told about the job, or null.</summary>
    public string? Hook { get; set; }
}

/// <summary>
/// One recipient's delivery (table OutboxDeliveries, partition = escaped job id, row = "{chunk:D5}|{escaped key}", so a
/// work item reads its recipients with one range query). Every change is a conditional replace on the ETag last read.
/// </summary>
internal sealed class DeliveryEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Key { get; set; } = "";
    public string ServiceUrl { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string PayloadKey { get; set; } = "";

    /// <summary>The message an Update or Delete job acts on.</summary>
    public string? TargetActivityId { get; set; }

    /// <summary>One of <see cref="RowStates"/>.</summary>
    public string State { get; set; } = RowStates.Queued;

    public int Attempts { get; set; }
    public int Throttles { get; set; }
    public string? Reason { get; set; }

    /// <summary>What the connector returned for a Send (or the target id for Update/Delete).</summary>
    public string? ActivityId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>While <see cref="State"/> is Sending: until when <see cref="ClaimedBy"/> owns the delivery.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    /// <summary>The instance that claimed the row last (kept once final: who sent it).</summary>
    public string? ClaimedBy { get; set; }
}

/// <summary>Stored states. Sending (claimed by an instance, possibly between retries) is reported as Queued.</summary>
internal static class RowStates
{
    public const string Queued = "Queued";
    public const string Sending = "Sending";
    public const string Delivered = "Delivered";
    public const string NotReachable = "NotReachable";
    public const string Failed = "Failed";
    public const string Cancelled = "Cancelled";

    public static bool IsFinal(string state) => state is Delivered or NotReachable or Failed or Cancelled;

    public static DeliveryState Public(string state) => state switch
    {
        Delivered => DeliveryState.Delivered,
        NotReachable => DeliveryState.NotReachable,
        Failed => DeliveryState.Failed,
        Cancelled => DeliveryState.Cancelled,
        _ => DeliveryState.Queued,
    };
}
