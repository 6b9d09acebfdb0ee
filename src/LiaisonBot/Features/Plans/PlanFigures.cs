using LiaisonBot.Calendar;

namespace LiaisonBot.Features.Plans;

/// <summary>The plan's tasks that the members have received: done, still open, and of those the ones past their due date.</summary>
public sealed record TaskFigures(int Done, int Open, int Overdue);

/// <summary>A plan as sent to the members: when it was first sent (a re-sent amendment does not move it), and its goals.</summary>
public sealed record SentPlan(DateTimeOffset FirstSentAt, string Goals);

/// <summary>
/// The read model Plans offers other features (group reports count a plan's tasks, the assessment asks when the plan was
/// filed), so none reads plan or task rows.
/// </summary>
public sealed class PlanFigures(PlanStore store, WorkCalendar calendar)
{
    /// <summary>The group's plan of the year as sent; null while it was never sent (no plan, or a draft).</summary>
    public async Task<SentPlan?> SentAsync(int workYear, string groupCode, CancellationToken ct) =>
        await store.FindPlanAsync(workYear, groupCode, ct) is { PublishedRevision: > 0 } plan && (plan.FirstPublishedAt ?? plan.PublishedAt) is { } sentAt
            ? new SentPlan(sentAt, plan.Goals)
            : null;

    /// <summary>A draft plan's tasks are not the group's yet, and cancelled ones no longer are: neither counts. Null: no tasks.</summary>
    public async Task<TaskFigures?> OfGroupAsync(string groupCode, int workYear, CancellationToken ct)
    {
        var live = (await store.TasksAsync(groupCode, workYear, ct)).Where(t => t.PublishedRevision > 0 && !t.Cancelled).ToList();
        var today = calendar.Today;
        return live.Count == 0
            ? null
            : new TaskFigures(live.Count(t => t.Status == PlanTaskStatus.Done), live.Count(t => t.IsOpen), live.Count(t => t.IsOverdue(today)));
    }
}
