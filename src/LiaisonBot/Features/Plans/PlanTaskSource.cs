using LiaisonBot.App;
using LiaisonBot.Features.Reports;

namespace LiaisonBot.Features.Plans;

/// <summary>The plan tasks a member may file a report for: their own, sent to them and not cancelled.</summary>
public sealed class PlanTaskSource(PlanStore store) : IReportTaskSource
{
    public async Task<IReadOnlyList<OwnTask>> TasksOfAsync(Member member, int workYear, CancellationToken ct) =>
        [.. (await store.PublishedTasksOfAsync(member, workYear, ct)).Select(t => new OwnTask(t.Key, t.Title, t.IsOpen))];
}
