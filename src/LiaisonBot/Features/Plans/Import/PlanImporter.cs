using LiaisonBot.Calendar;

namespace LiaisonBot.Features.Plans.Import;

/// <summary>What an import changed, counted over every group the file mentions.</summary>
public sealed record PlanImportResult(int Year, int Groups, int PlansChanged, int TasksAdded, int TasksChanged, int TasksCancelled, int TasksUnchanged)
{
    public bool Changed => PlansChanged + TasksAdded + TasksChanged + TasksCancelled > 0;
}

/// <summary>
/// Applies a checked plan file. For each group in the file: its plan text is replaced; if the file has tasks for it,
/// they become the group's tasks — matched by number, updated in place with their progress kept, new ones added, those
/// no longer listed cancelled. Unchanged rows are not written, so importing the same file again changes nothing.
/// </summary>
public sealed class PlanImporter(PlanStore store, WorkCalendar calendar)
{
    private const int Attempts = 3;

    public async Task<PlanImportResult> ImportAsync(PlanWorkbook workbook, CancellationToken ct)
    {
        var result = new PlanImportResult(workbook.Year, 0, 0, 0, 0, 0, 0);
        foreach (var group in workbook.GroupCodes)
        {
            var plan = workbook.Plans.FirstOrDefault(p => p.GroupCode == group);
            var tasks = workbook.Tasks.Where(t => t.GroupCode == group).ToList();
            result = Add(result, await ImportGroupAsync(workbook.Year, group, plan, workbook.Tasks.Count > 0 ? tasks : null, ct));
        }

        return result;
    }

    private async Task<PlanImportResult> ImportGroupAsync(int year, string group, PlanDraft? draft, List<TaskDraft>? drafts, CancellationToken ct)
    {
        // A progress update may land between our read and write: read again and redo, the import is idempotent.
        for (var attempt = 1; ; attempt++)
        {
            var tasks = drafts is null ? null : Merge(year, group, await store.TasksAsync(group, year, ct), drafts);
            if (tasks is not null && !await store.TrySaveTasksAsync(tasks.Changed, ct))
            {
                if (attempt < Attempts)
                {
                    continue;
                }

                throw new InvalidOperationException($"Tasks of plan {year}-{group} keep changing during the import.");
            }

            var planChanged = await SavePlanAsync(year, group, draft, tasks?.Changed.Count > 0, ct);
            return new PlanImportResult(year, 1, planChanged ? 1 : 0, tasks?.Added ?? 0, tasks?.Updated ?? 0, tasks?.Cancelled ?? 0, tasks?.Unchanged ?? 0);
        }
    }

    /// <summary>Saves the plan's text; creates the plan when only tasks were given, so every task has a plan.</summary>
    private async Task<bool> SavePlanAsync(int year, string group, PlanDraft? draft, bool tasksChanged, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var plan = await store.FindPlanAsync(year, group, ct) ?? new PlanEntity { PartitionKey = PlanEntity.Partition(year), RowKey = group };
            var isNew = plan.ETag == default;
            var textChanged = draft is not null && Apply(plan, draft);
            if (!isNew && !textChanged && !tasksChanged)
            {
                return false;
            }

            if (textChanged || isNew)
            {
                plan.Revision++;
            }

            plan.UpdatedAt = calendar.Now;
            if (await store.TrySaveAsync(plan, ct))
            {
                return textChanged || isNew;
            }
        }

        throw new InvalidOperationException($"Plan {year}-{group} keeps changing during the import.");
    }

    private static bool Apply(PlanEntity plan, PlanDraft draft)
    {
        var learning = PlanEntity.JoinLines(draft.Learning);
        var methods = PlanEntity.JoinLines(draft.Methods);
        if (plan.Goals == draft.Goals && plan.Learning == learning && plan.Methods == methods && plan.Requirements == draft.Requirements)
        {
            return false;
        }

        (plan.Goals, plan.Learning, plan.Methods, plan.Requirements) = (draft.Goals, learning, methods, draft.Requirements);
        return true;
    }

    private sealed record TaskMerge(List<PlanTaskEntity> Changed, int Added, int Updated, int Cancelled, int Unchanged);

    private TaskMerge Merge(int year, string group, List<PlanTaskEntity> existing, List<TaskDraft> drafts)
    {
        var byNo = existing.ToDictionary(t => t.No, StringComparer.OrdinalIgnoreCase);
        var changed = new List<PlanTaskEntity>();
        int added = 0, updated = 0, unchanged = 0;
        foreach (var draft in drafts)
        {
            var isNew = !byNo.TryGetValue(draft.No, out var task);
            task ??= PlanTasks.New(year, group, draft.No);
            if (!PlanTasks.Apply(task, PlanTasks.Content(draft)) && !task.Cancelled)
            {
                unchanged++;
                continue;
            }

            task.Cancelled = false;
            task.Revision++;
            task.UpdatedAt = calendar.Now;
            changed.Add(task);
            _ = isNew ? added++ : updated++;
        }

        var listed = drafts.Select(d => d.No).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var dropped = existing.Where(t => !t.Cancelled && !listed.Contains(t.No)).ToList();
        foreach (var task in dropped)
        {
            task.Cancelled = true;
            task.Revision++;
            task.UpdatedAt = calendar.Now;
            changed.Add(task);
        }

        return new TaskMerge(changed, added, updated, dropped.Count, unchanged);
    }

    private static PlanImportResult Add(PlanImportResult a, PlanImportResult b) =>
        a with
        {
            Groups = a.Groups + b.Groups,
            PlansChanged = a.PlansChanged + b.PlansChanged,
            TasksAdded = a.TasksAdded + b.TasksAdded,
            TasksChanged = a.TasksChanged + b.TasksChanged,
            TasksCancelled = a.TasksCancelled + b.TasksCancelled,
            TasksUnchanged = a.TasksUnchanged + b.TasksUnchanged,
        };
}
