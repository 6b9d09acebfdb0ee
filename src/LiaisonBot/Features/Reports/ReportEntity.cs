using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;

namespace LiaisonBot.Features.Reports;

/// <summary>
/// One reported duty activity. Partition: the author's member code, so a member can only ever address their own
/// reports; row: the report id (the id of the form it was submitted from, which makes a resubmission a no-op).
/// </summary>
public sealed class ReportEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string AuthorCode { get; set; } = "";
    public string AuthorName { get; set; } = "";
    public string? GroupCode { get; set; }
    public int WorkYear { get; set; }
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    public DateTimeOffset ActivityDate { get; set; }
    public string? Place { get; set; }
    public string Description { get; set; } = "";
    public string? Outcome { get; set; }

    /// <summary>Member codes of the fellow members who took part, ';'-separated.</summary>
    public string? Participants { get; set; }

    /// <summary>The plan task this activity was done for (its key), if the member chose one: progress evidence.</summary>
    public string? TaskKey { get; set; }

    /// <summary>The task's title when the report was filed, as the receipt shows it.</summary>
    public string? TaskTitle { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Edits { get; set; }
    public bool Withdrawn { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? WithdrawReason { get; set; }

    /// <summary>Where the report stands with its reviewer (<see cref="ReviewState"/>); empty on reports filed before reviews.</summary>
    public string? Review { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReturnReason { get; set; }

    /// <summary>Who recorded this activity for the member (谁组织谁记录), if not the member: it is then verified by them.</summary>
    public string? OrganizedBy { get; set; }
    public string? DisputeReason { get; set; }

    [IgnoreDataMember]
    public string Id => RowKey;

    /// <summary>What a member quotes when asking the secretariat about a report.</summary>
    [IgnoreDataMember]
    public string Reference => "R-" + RowKey[..8].ToUpperInvariant();

    [IgnoreDataMember]
    public ActivityKind ActivityKind => ActivityKinds.Parse(Kind) ?? ActivityKind.Other;

    [IgnoreDataMember]
    public IReadOnlyList<string> ParticipantCodes =>
        (Participants ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);

    [IgnoreDataMember]
    public ReviewState ReviewState => Enum.TryParse<ReviewState>(Review, out var state) ? state : ReviewState.Submitted;

    /// <summary>Waiting for its reviewer: submitted (or resubmitted after a return) and not withdrawn.</summary>
    [IgnoreDataMember]
    public bool AwaitsReview => !Withdrawn && ReviewState == ReviewState.Submitted;

    public void Verify(string by, DateTimeOffset at) => Reviewed(ReviewState.Verified, by, at, null);

    /// <summary>The author may edit or withdraw it: their own words, not withdrawn. An organiser's record they can only dispute.</summary>
    [IgnoreDataMember]
    public bool AuthorMayChange => !Withdrawn && OrganizedBy is null;

    /// <summary>It counts in summaries and figures: not withdrawn, and not disputed by the member it was recorded for.</summary>
    [IgnoreDataMember]
    public bool Counts => !Withdrawn && ReviewState != ReviewState.Disputed;

    /// <summary>The member says an organiser's record of them is wrong; it stops counting until the organiser decides.</summary>
    public void Dispute(string reason, DateTimeOffset at)
    {
        Review = nameof(ReviewState.Disputed);
        DisputeReason = reason;
        UpdatedAt = at;
    }

    public void Return(string by, DateTimeOffset at, string reason) => Reviewed(ReviewState.Returned, by, at, reason);

    /// <summary>The author changed the report: whatever its reviewer said was about the old text, so it waits again.</summary>
    public void Resubmit()
    {
        Review = nameof(ReviewState.Submitted);
        ReviewedBy = null;
        ReviewedAt = null;
    }

    private void Reviewed(ReviewState state, string by, DateTimeOffset at, string? reason)
    {
        Review = state.ToString();
        ReviewedBy = by;
        ReviewedAt = UpdatedAt = at;
        ReturnReason = reason;
    }

    /// <summary>
    /// The reports that count, each activity once: not withdrawn or disputed, and a member's own report of an activity an
    /// organiser also recorded for them (same kind, same day) gives way to the organiser's record.
    /// </summary>
    public static IEnumerable<ReportEntity> Counted(IEnumerable<ReportEntity> reports)
    {
        var counting = reports.Where(r => r.Counts).ToList();
        var organised = counting.Where(r => r.OrganizedBy is not null).Select(r => (r.AuthorCode, r.Kind, r.ActivityDate)).ToHashSet();
        return counting.Where(r => r.OrganizedBy is not null || !organised.Contains((r.AuthorCode, r.Kind, r.ActivityDate)));
    }

    /// <summary>
    /// What lists and summaries read of a report (a member's reports, the group's and the committee's counts by kind,
    /// member and review state): the long texts stay in storage, and most of a report's bytes are its description.
    /// </summary>
    public static readonly string[] ListColumns =
    [
        nameof(PartitionKey), nameof(RowKey), nameof(AuthorCode), nameof(AuthorName), nameof(GroupCode), nameof(WorkYear), nameof(Kind),
        nameof(Title), nameof(ActivityDate), nameof(CreatedAt), nameof(Withdrawn), nameof(Review), nameof(OrganizedBy),
    ];

    /// <summary>The order every list shows reports in: newest activity first, then newest filed.</summary>
    public static IEnumerable<ReportEntity> Newest(IEnumerable<ReportEntity> reports) =>
        reports.OrderByDescending(r => r.ActivityDate).ThenByDescending(r => r.CreatedAt);
}
