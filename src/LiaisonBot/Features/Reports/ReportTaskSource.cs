using LiaisonBot.App;

namespace LiaisonBot.Features.Reports;

/// <summary>A plan task a report may be filed for: its key, title, and whether it is still open.</summary>
public sealed record OwnTask(string Key, string Title, bool IsOpen);

/// <summary>
/// Where the tasks a member may file a report for come from. Plans provides it; the seam exists so that Reports does not
/// depend on Plans, which already reads <see cref="FiledActivities"/> for its evidence.
/// </summary>
public interface IReportTaskSource
{
    /// <summary>The member's own tasks of the work year that were sent to them and not cancelled.</summary>
    public Task<IReadOnlyList<OwnTask>> TasksOfAsync(Member member, int workYear, CancellationToken ct);
}
