using Azure.Data.Tables;
using LiaisonBot.App;
using LiaisonBot.Protocol;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Plans;

/// <summary>
/// Plans and their tasks: a year's plans in one partition, each plan's tasks in another. Task writes that land are
/// announced to <see cref="RecordChanges"/> (a task done on time may carry points).
/// </summary>
public sealed class PlanStore(Tables tables, RecordChanges changes)
{
    public const string PlansTable = "Plans";
    public const string TasksTable = "PlanTasks";

    private TableClient Plans => tables[PlansTable];
    private TableClient Tasks => tables[TasksTable];

    public async Task<PlanEntity?> FindPlanAsync(int year, string groupCode, CancellationToken ct)
    {
        var response = await Plans.GetEntityIfExistsAsync<PlanEntity>(PlanEntity.Partition(year), groupCode, cancellationToken: ct);
        return response.HasValue ? response.Value : null;
    }

    public Task<List<PlanEntity>> PlansAsync(int year, CancellationToken ct) =>
        Plans.ListAsync<PlanEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {PlanEntity.Partition(year)}"), ct);

    /// <summary>Every task of a group's plan for the year, cancelled ones included, in due-date order.</summary>
    public async Task<List<PlanTaskEntity>> TasksAsync(string groupCode, int year, CancellationToken ct) =>
        Ordered(await Tasks.ListAsync<PlanTaskEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {PlanTaskEntity.Partition(year, groupCode)}"), ct));

    /// <summary>Every task of the year across all groups (a filtered scan: a few hundred rows a year).</summary>
    public async Task<List<PlanTaskEntity>> YearTasksAsync(int year, CancellationToken ct) =>
        Ordered(await Tasks.ListAsync<PlanTaskEntity>(TableClient.CreateQueryFilter($"PlanYear eq {year}"), ct));

    /// <summary>The member's tasks for the year: named as owner, or whole-group tasks of their group.</summary>
    public async Task<List<PlanTaskEntity>> TasksOfAsync(Member member, int year, CancellationToken ct) =>
        member.GroupCode is null ? [] : [.. (await TasksAsync(member.GroupCode, year, ct)).Where(t => t.IsOwnedBy(member))];

    /// <summary>The member's tasks that have been sent to them, cancelled ones left out: a draft plan's tasks are not theirs yet.</summary>
    public async Task<List<PlanTaskEntity>> PublishedTasksOfAsync(Member member, int year, CancellationToken ct) =>
        [.. (await TasksOfAsync(member, year, ct)).Where(t => t.PublishedRevision > 0 && !t.Cancelled)];

    /// <summary>The task a card's button names, cancelled or not; null when the card names none that exists.</summary>
    public Task<PlanTaskEntity?> TaskOnCardAsync(Turn turn, CancellationToken ct) =>
        turn.ActionString(PlanVerbs.Task) is { Length: > 0 and < 200 } key ? FindTaskAsync(key, ct) : Task.FromResult<PlanTaskEntity?>(null);

    /// <summary>The task a card's button names if the member may report progress on it: sent to them, theirs, not cancelled.</summary>
    public async Task<PlanTaskEntity?> OwnTaskOnCardAsync(Turn turn, Member member, CancellationToken ct) =>
        await TaskOnCardAsync(turn, ct) is { PublishedRevision: > 0, Cancelled: false } task && task.IsOwnedBy(member) ? task : null;

    public async Task<PlanTaskEntity?> FindTaskAsync(string key, CancellationToken ct)
    {
        if (key.Split('/') is not [var partition, var row])
        {
            return null;
        }

        var response = await Tasks.GetEntityIfExistsAsync<PlanTaskEntity>(partition, row, cancellationToken: ct);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Inserts or replaces (if it still has the ETag it was read with); false if someone changed it first.</summary>
    public async Task<bool> TrySaveAsync(PlanTaskEntity task, CancellationToken ct)
    {
        if (!await Tasks.TrySaveCheckedAsync(task, ct))
        {
            return false;
        }

        changes.Changed(task.PlanYear, task.GroupCode);
        return true;
    }

    /// <summary>Inserts or replaces (if it still has the ETag it was read with); false if someone changed it first.</summary>
    public async Task<bool> TrySaveAsync(PlanEntity plan, CancellationToken ct)
    {
        if (!await Plans.TrySaveCheckedAsync(plan, ct))
        {
            return false;
        }

        changes.Changed(plan.Year, plan.GroupCode); // the plan sent (and when) is a record of the group's year too
        return true;
    }

    /// <summary>
    /// Writes one plan's changed tasks, a transaction per 100 tasks; false if any was changed meanwhile (an owner saved
    /// progress), and the caller reads the plan again and redoes its idempotent change. The entities' ETags are stale
    /// afterwards: read the plan again to change it further.
    /// </summary>
    public async Task<bool> TrySaveTasksAsync(IReadOnlyList<PlanTaskEntity> tasks, CancellationToken ct)
    {
        var actions = tasks.Select(t => t.ETag == default
            ? new TableTransactionAction(TableTransactionActionType.Add, t)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, t, t.ETag)).ToList();
        try
        {
            await Tasks.SubmitCheckedAsync(actions, ct);
            foreach (var plan in tasks.Select(t => (t.PlanYear, t.GroupCode)).Distinct())
            {
                changes.Changed(plan.PlanYear, plan.GroupCode);
            }

            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    private static List<PlanTaskEntity> Ordered(List<PlanTaskEntity> tasks) =>
        [.. tasks.OrderBy(t => t.DueDate, StringComparer.Ordinal).ThenBy(t => t.GroupCode, StringComparer.Ordinal).ThenBy(t => t.No, TaskNumbers.Order)];
}
