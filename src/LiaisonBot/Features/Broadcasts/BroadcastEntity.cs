using Azure;
using Azure.Data.Tables;
using LiaisonBot.App;

namespace LiaisonBot.Features.Broadcasts;

public enum BroadcastState
{
    Draft,
    Scheduled,
    Sending,
    Sent,
    Cancelled,
    Recalled,
}

/// <summary>One notice from the secretariat, from draft to sent (or recalled). Partition "b", row: the notice id.</summary>
public sealed class BroadcastEntity : ITableEntity
{
    public const string Partition = "b";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string? LinkUrl { get; set; }
    public string? LinkTitle { get; set; }
    public bool Urgent { get; set; }
    public bool AskAck { get; set; }
    public bool Everyone { get; set; }

    /// <summary>Group codes, ';'-separated.</summary>
    public string? Groups { get; set; }

    /// <summary>Roles as stored by <c>RoleNames.Format</c>.</summary>
    public string? Roles { get; set; }

    public DateTimeOffset? SendAt { get; set; }
    public string State { get; set; } = nameof(BroadcastState.Draft);
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset? EditedAt { get; set; }
    public int Edits { get; set; }
    public int Reminders { get; set; }

    /// <summary>Member codes in the audience who had no conversation with the bot when it was sent, ';'-separated.</summary>
    public string? NotInstalled { get; set; }

    /// <summary>Where the secretariat's status card is, so it can be updated while the notice goes out.</summary>
    public string? StatusServiceUrl { get; set; }
    public string? StatusConversationId { get; set; }
    public string? StatusActivityId { get; set; }
    public string? StatusLocale { get; set; }

    [System.Runtime.Serialization.IgnoreDataMember]
    public string Id => RowKey;

    [System.Runtime.Serialization.IgnoreDataMember]
    public BroadcastState Status => Enum.TryParse<BroadcastState>(State, out var s) ? s : BroadcastState.Draft;

    /// <summary>Whom the notice is for, as stored when it was composed.</summary>
    [System.Runtime.Serialization.IgnoreDataMember]
    public Audience Audience => new(Everyone, (Groups ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries), RoleNames.Read(Roles));

    [System.Runtime.Serialization.IgnoreDataMember]
    public IReadOnlyList<string> NotInstalledCodes => (NotInstalled ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);

    [System.Runtime.Serialization.IgnoreDataMember]
    public string SendJobId => $"b{RowKey}";

    /// <summary>Went out (or is going out): it can be edited, reminded of, acknowledged and recalled.</summary>
    [System.Runtime.Serialization.IgnoreDataMember]
    public bool IsOut => Status is BroadcastState.Sending or BroadcastState.Sent;

    /// <summary>The notice whose send job this is, or null for any other job.</summary>
    public static string? OfSendJob(string jobId) => jobId is ['b', .. var id] && Guid.TryParseExact(id, "N", out _) ? id : null;

    /// <summary>Send pressed on a draft: sending now, or scheduled for <see cref="SendAt"/>.</summary>
    public bool Send(DateTimeOffset now)
    {
        if (!To(SendAt is null ? BroadcastState.Sending : BroadcastState.Scheduled, BroadcastState.Draft))
        {
            return false;
        }

        SentAt = SendAt ?? now;
        return true;
    }

    /// <summary>The outbox has started a scheduled notice (its first recipients have settled).</summary>
    public bool Start() => To(BroadcastState.Sending, BroadcastState.Scheduled);

    /// <summary>Every recipient has settled. A scheduled notice nobody could receive goes straight from scheduled.</summary>
    public bool MarkSent() => To(BroadcastState.Sent, BroadcastState.Scheduled, BroadcastState.Sending);

    /// <summary>Cancel pressed before a scheduled notice started.</summary>
    public bool Cancel() => To(BroadcastState.Cancelled, BroadcastState.Scheduled);

    /// <summary>Recall confirmed: every copy is being deleted.</summary>
    public bool Recall() => To(BroadcastState.Recalled, BroadcastState.Sending, BroadcastState.Sent);

    private bool To(BroadcastState state, params BroadcastState[] from)
    {
        if (!from.Contains(Status))
        {
            return false;
        }

        State = state.ToString();
        return true;
    }
}
