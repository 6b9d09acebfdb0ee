using LiaisonBot.Calendar;

namespace LiaisonBot.Features.Reports;

/// <summary>A duty activity a member reported and did not withdraw, as other features may read it.</summary>
public sealed record FiledActivity(string AuthorCode, string AuthorName, ActivityKind Kind, DateOnly Date, string? TaskKey);

/// <summary>One activity in a member's own file: what, when, where it stands, and who recorded it if not the member.</summary>
public sealed record MemberRecord(string Id, ActivityKind Kind, DateOnly Date, string Title, ReviewState State, bool Counts, string? OrganisedBy);

/// <summary>An activity of a group's year as points are computed from it: whose it is, and which fellow members it names.</summary>
public sealed record GroupRecord(string Id, string AuthorCode, ActivityKind Kind, DateOnly Date, string Title, ReviewState State, bool Counts,
    IReadOnlyList<string> Participants);

/// <summary>
/// The read model Reports offers other features (plans show evidence, group reports count activities), so none of them
/// reads <see cref="ReportEntity"/> rows or depends on how they are stored.
/// </summary>
public sealed class FiledActivities(ReportStore store, WorkCalendar calendar)
{
    /// <summary>A group's activities of one work year (a report is filed under the year of its activity).</summary>
    public async Task<IReadOnlyList<FiledActivity>> OfGroupAsync(int workYear, string groupCode, CancellationToken ct) =>
        [.. ReportEntity.Counted(await store.ByYearAsync(workYear, groupCode, ct))
            .Select(r => new FiledActivity(r.AuthorCode, r.AuthorName, r.ActivityKind, calendar.ToDate(r.ActivityDate), r.TaskKey))];

    /// <summary>
    /// The activities of one work year by these members (a group's), wherever each was filed, that are not withdrawn, each
    /// marked whether it counts (each activity once).
    /// </summary>
    public async Task<IReadOnlyList<GroupRecord>> RecordsOfMembersAsync(int workYear, IReadOnlyList<string> memberCodes, CancellationToken ct)
    {
        var reports = (await store.ByAuthorsAsync(workYear, memberCodes, ct)).Where(r => !r.Withdrawn).ToList();
        var counted = ReportEntity.Counted(reports).ToHashSet();
        return [.. ReportEntity.Newest(reports).Select(r => new GroupRecord(
            r.Id, r.AuthorCode, r.ActivityKind, calendar.ToDate(r.ActivityDate), r.Title, r.ReviewState, counted.Contains(r), r.ParticipantCodes))];
    }

    /// <summary>A member's activities of one work year that are not withdrawn, each marked whether it counts (each activity once).</summary>
    public async Task<IReadOnlyList<MemberRecord>> OfMemberAsync(int workYear, string memberCode, CancellationToken ct)
    {
        var reports = (await store.ByAuthorAsync(memberCode, workYear, ct)).Where(r => !r.Withdrawn).ToList();
        var counted = ReportEntity.Counted(reports).ToHashSet();
        return [.. ReportEntity.Newest(reports).Select(r =>
            new MemberRecord(r.Id, r.ActivityKind, calendar.ToDate(r.ActivityDate), r.Title, r.ReviewState, counted.Contains(r), r.OrganizedBy))];
    }
}
