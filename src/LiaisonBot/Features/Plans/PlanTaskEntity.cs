using System.Globalization;
using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;
using LiaisonBot.App;
using LiaisonBot.Features.Plans.Publishing;

namespace LiaisonBot.Features.Plans;

public enum PlanTaskStatus
{
    NotStarted,
    InProgress,
    Done,
    Cancelled,
}

/// <summary>
/// One task of a group's plan. Partition: year and group (all of a plan's tasks in one read and one transaction);
/// row: the task's number in the plan. Content fields come from the workbook or the secretariat's card; progress fields
/// from the owners, and an import never touches them.
/// </summary>
public sealed class PlanTaskEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int PlanYear { get; set; }
    public string GroupCode { get; set; } = "";
    public string No { get; set; } = "";
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string Outcome { get; set; } = "";

    /// <summary>The due date as yyyy-MM-dd: a calendar date in the committee's time zone, not an instant.</summary>
    public string DueDate { get; set; } = "";

    /// <summary>Member codes, ';'-separated; empty: the whole group.</summary>
    public string Owners { get; set; } = "";

    public string? PlanItem { get; set; }
    public bool Cancelled { get; set; }
    public int Revision { get; set; }
    public int PublishedRevision { get; set; }

    /// <summary>Who received the task last time it was sent, so a change of owners also reaches those who lost it.</summary>
    public string PublishedOwners { get; set; } = "";

    public string Progress { get; set; } = nameof(PlanTaskStatus.NotStarted);
    public int Percent { get; set; }
    public string? Note { get; set; }
    public string? ProgressBy { get; set; }
    public DateTimeOffset? ProgressAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    [IgnoreDataMember]
    public string Key => $"{PartitionKey}/{RowKey}";

    [IgnoreDataMember]
    public DateOnly Due => DateOnly.ParseExact(DueDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [IgnoreDataMember]
    public PlanTaskStatus Status => Cancelled ? PlanTaskStatus.Cancelled : Enum.Parse<PlanTaskStatus>(Progress);

    [IgnoreDataMember]
    public bool IsOpen => Status is PlanTaskStatus.NotStarted or PlanTaskStatus.InProgress;

    [IgnoreDataMember]
    public IReadOnlyList<string> OwnerCodes => Codes(Owners);

    [IgnoreDataMember]
    public bool IsChanged => Revision != PublishedRevision;

    public bool IsOverdue(DateOnly today) => IsOpen && Due < today;

    /// <summary>The task is this member's: named as an owner, or in the group when the whole group owns it.</summary>
    public bool IsOwnedBy(Member member) =>
        OwnerCodes.Count == 0 ? member.GroupCode == GroupCode : OwnerCodes.Contains(member.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>Everyone the task belongs to (owner codes, or every member of the group).</summary>
    public IEnumerable<Member> OwnersIn(Committee roster) => roster.Members.Where(IsOwnedBy);

    public static string Partition(int year, string groupCode) => $"{year.ToString(CultureInfo.InvariantCulture)}-{groupCode}";

    public static IReadOnlyList<string> Codes(string joined) => joined.Split(';', StringSplitOptions.RemoveEmptyEntries);
}
