using LiaisonBot.Calendar;

namespace LiaisonBot.Features.Reports;

/// <summary>A duty activity a member reported and did not withdraw, as other features may read it.</summary>
public sealed record FiledActivity(string AuthorCode, string AuthorName, ActivityKind Kind, DateOnly Date, string? TaskKey);

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
}
