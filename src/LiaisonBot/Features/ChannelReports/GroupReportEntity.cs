using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;
using LiaisonBot.Features.ChannelReports.Links;
using LiaisonBot.Features.Plans;

namespace LiaisonBot.Features.ChannelReports;

public enum GroupReportState
{
    Draft,
    Posting,
    Published,
    PostFailed,
}

/// <summary>
/// One group report, from draft to published in the group's channel. Partition: the group code, so a leader's requests
/// (addressed by their own group, never by card data) cannot reach another group's reports; row: the report id (the
/// compose form's id, so saving the same new form twice stores one report).
/// </summary>
public sealed class GroupReportEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Kind { get; set; } = "";
    public int Year { get; set; }
    public string Title { get; set; } = "";

    /// <summary>The period the report covers, yyyy-MM-dd, in the committee's time zone.</summary>
    public string PeriodFrom { get; set; } = "";
    public string PeriodTo { get; set; } = "";

    public string? WorkDone { get; set; }
    public string? Results { get; set; }
    public string? Problems { get; set; }
    public string? NextSteps { get; set; }

    /// <summary>Whether the channel post names the members who reported nothing; otherwise it only counts them.</summary>
    public bool NamesSilent { get; set; }

    /// <summary>Figures as the leader last reviewed them (<see cref="GroupFigures"/>); a published report keeps them.</summary>
    public int ActivityTotal { get; set; }
    public string? ActivityByKind { get; set; }
    public string? SilentMembers { get; set; }
    public int GroupSize { get; set; }
    public int? TasksDone { get; set; }
    public int? TasksOpen { get; set; }
    public int? TasksOverdue { get; set; }
    public DateTimeOffset? FiguresAt { get; set; }

    public string State { get; set; } = nameof(GroupReportState.Draft);
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Who pressed Publish; <see cref="OnBehalf"/> when that was the secretariat rather than the group's leader.</summary>
    public string? PublishedBy { get; set; }
    public bool OnBehalf { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Publish attempts so far: each one is its own outbox job, so a retry after a failed post is a new post.</summary>
    public int PostAttempts { get; set; }

    /// <summary>Where the report was posted, kept with the report so a correction finds its card even if the link changed.</summary>
    public string? PostServiceUrl { get; set; }
    public string? PostChannelId { get; set; }
    public string? PostLocale { get; set; }
    public string? PostActivityId { get; set; }
    public string? PostFailure { get; set; }

    public int Edits { get; set; }
    public DateTimeOffset? EditedAt { get; set; }

    /// <summary>
    /// Set on the rows that keep a published report's history beside it: each earlier version (its text and figures as
    /// they were, <see cref="Edits"/> = its number) and the pending correction (<see cref="Edits"/> = the version it was
    /// written against). Null on the report itself.
    /// </summary>
    public string? VersionOf { get; set; }

    [IgnoreDataMember]
    public string Id => RowKey;

    /// <summary>A copy to change without touching the stored row (a preview of a correction, a version to keep).</summary>
    public GroupReportEntity Clone() => (GroupReportEntity)MemberwiseClone();

    [IgnoreDataMember]
    public string GroupCode => PartitionKey;

    [IgnoreDataMember]
    public GroupReportKind ReportKind => GroupReportKinds.Parse(Kind) ?? GroupReportKind.Progress;

    [IgnoreDataMember]
    public GroupReportState Status => Enum.TryParse<GroupReportState>(State, out var s) ? s : GroupReportState.Draft;

    [IgnoreDataMember]
    public bool IsOut => Status is GroupReportState.Posting or GroupReportState.Published;

    [IgnoreDataMember]
    public bool IsReport => VersionOf is null;

    [IgnoreDataMember]
    public string PostJobId => $"grp-{RowKey}-{PostAttempts}";

    [IgnoreDataMember]
    public string CopyJobId => $"grc-{RowKey}-{PostAttempts}";

    /// <summary>The report id and attempt of a <see cref="PostJobId"/>, or null for any other job.</summary>
    public static (string Id, int Attempt)? OfPostJob(string jobId) =>
        jobId.StartsWith("grp-", StringComparison.Ordinal) && jobId.LastIndexOf('-') is var dash && dash > 4 &&
        int.TryParse(jobId.AsSpan(dash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var attempt)
            ? (jobId[4..dash], attempt)
            : null;

    /// <summary>Publish pressed on a report that is not out: a new attempt at posting in <paramref name="link"/>'s channel.</summary>
    public void Publish(ChannelLinkEntity link, string by, bool onBehalf, DateTimeOffset at)
    {
        if (IsOut)
        {
            throw new InvalidOperationException($"Group report {Id} is already {State}.");
        }

        PostAttempts++;
        State = nameof(GroupReportState.Posting);
        PublishedBy = UpdatedBy = by;
        PublishedAt = UpdatedAt = at;
        OnBehalf = onBehalf;
        PostServiceUrl = link.ServiceUrl;
        PostChannelId = link.ChannelId;
        PostLocale = link.Locale;
        PostActivityId = null;
        PostFailure = null;
    }

    /// <summary>Attempt <paramref name="attempt"/> is in the channel as <paramref name="activityId"/>. False if that attempt is no longer the one being posted.</summary>
    public bool Posted(int attempt, string? activityId) => Settle(attempt, GroupReportState.Published, activityId, null);

    /// <summary>Teams refused attempt <paramref name="attempt"/>. False if that attempt is no longer the one being posted.</summary>
    public bool PostFailed(int attempt, string reason) => Settle(attempt, GroupReportState.PostFailed, null, reason);

    private bool Settle(int attempt, GroupReportState state, string? activityId, string? failure)
    {
        if (Status != GroupReportState.Posting || PostAttempts != attempt)
        {
            return false;
        }

        State = state.ToString();
        PostActivityId = activityId;
        PostFailure = failure;
        return true;
    }

    [IgnoreDataMember]
    public GroupReportText Text
    {
        get => new(Title, PeriodFrom, PeriodTo, WorkDone ?? "", Results ?? "", Problems ?? "", NextSteps ?? "", NamesSilent);
        set
        {
            Title = value.Title;
            PeriodFrom = value.From;
            PeriodTo = value.To;
            WorkDone = value.WorkDone.Length > 0 ? value.WorkDone : null;
            Results = value.Results.Length > 0 ? value.Results : null;
            Problems = value.Problems.Length > 0 ? value.Problems : null;
            NextSteps = value.NextSteps.Length > 0 ? value.NextSteps : null;
            NamesSilent = value.NamesSilent;
        }
    }

    [IgnoreDataMember]
    public GroupFigures Figures
    {
        get => GroupFigures.Read(ActivityTotal, ActivityByKind, SilentMembers, GroupSize,
            TasksDone is { } done ? new TaskFigures(done, TasksOpen ?? 0, TasksOverdue ?? 0) : null, FiguresAt);
        set
        {
            ActivityTotal = value.ActivityTotal;
            ActivityByKind = value.WriteByKind();
            SilentMembers = value.Silent.Count > 0 ? string.Join(';', value.Silent) : null;
            GroupSize = value.GroupSize;
            TasksDone = value.Tasks?.Done;
            TasksOpen = value.Tasks?.Open;
            TasksOverdue = value.Tasks?.Overdue;
            FiguresAt = value.At;
        }
    }
}
