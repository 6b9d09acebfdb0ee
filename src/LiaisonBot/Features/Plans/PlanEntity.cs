using System.Globalization;
using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;

namespace LiaisonBot.Features.Plans;

public enum PlanState
{
    Draft,
    Published,
}

/// <summary>
/// One group's plan for one work year, without its tasks. Partition: the year; row: the group code, so the secretariat's
/// overview of a year is one partition read. <see cref="Revision"/> counts changes of what members read here;
/// <see cref="PublishedRevision"/> is the one they last received.
/// </summary>
public sealed class PlanEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Goals { get; set; } = "";

    /// <summary>Learning content, one item per line.</summary>
    public string Learning { get; set; } = "";

    /// <summary>Activity methods, one item per line.</summary>
    public string Methods { get; set; } = "";

    public string Requirements { get; set; } = "";
    public string State { get; set; } = nameof(PlanState.Draft);
    public int Revision { get; set; }
    public int PublishedRevision { get; set; }

    /// <summary>How many times the plan was sent out; names each sending's outbox job.</summary>
    public int Publications { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>When the plan was first sent (<see cref="PublishedAt"/> moves with every re-send): when it was filed, for the assessment.</summary>
    public DateTimeOffset? FirstPublishedAt { get; set; }

    [IgnoreDataMember]
    public int Year => int.Parse(PartitionKey, CultureInfo.InvariantCulture);

    [IgnoreDataMember]
    public string GroupCode => RowKey;

    [IgnoreDataMember]
    public PlanState Status => Enum.Parse<PlanState>(State);

    [IgnoreDataMember]
    public IReadOnlyList<string> LearningItems => Lines(Learning);

    [IgnoreDataMember]
    public IReadOnlyList<string> MethodItems => Lines(Methods);

    public static string Partition(int year) => year.ToString(CultureInfo.InvariantCulture);

    public static string JoinLines(IEnumerable<string> items) => string.Join('\n', items);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
