using LiaisonBot.Calendar;

namespace LiaisonBot.Features.Plans;

/// <summary>A sent plan task as other features may read it: whose it is (no owners: the whole group's) and when it was done.</summary>
public sealed record PlanTaskRecord(string Key, string Title, DateOnly Due, DateOnly? DoneOn, IReadOnlyList<string> OwnerCodes);

/// <summary>The read model Plans offers other features, so none of them reads <see cref="PlanTaskEntity"/> rows.</summary>
public sealed class PlanTaskRecords(PlanStore store, WorkCalendar calendar)
{
    /// <summary>A group's tasks of a year that were sent to the members and not cancelled.</summary>
    public async Task<IReadOnlyList<PlanTaskRecord>> OfGroupAsync(int year, string groupCode, CancellationToken ct) =>
        [.. (await store.TasksAsync(groupCode, year, ct)).Where(t => t.PublishedRevision > 0 && !t.Cancelled).Select(t => new PlanTaskRecord(
            t.Key, t.Title, t.Due, t.Status == PlanTaskStatus.Done && t.ProgressAt is { } at ? calendar.ToDate(at) : null, t.OwnerCodes))];
}
