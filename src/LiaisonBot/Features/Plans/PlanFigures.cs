using LiaisonBot.Calendar;

namespace LiaisonBot.Features.Plans;

/// <summary>The plan's tasks that the members have received: done, still open, and of those the ones past their due date.</summary>
public sealed record TaskFigures(int Done, int Open, int Overdue);

/// <summary>The read model Plans offers other features (group reports count a plan's tasks), so none reads task rows.</summary>
public sealed class PlanFigures(PlanStore store, WorkCalendar calendar)
{
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
