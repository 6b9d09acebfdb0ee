using LiaisonBot.Calendar;
using LiaisonBot.Features.Plans.Import;
using LiaisonBot.Features.Plans.Publishing;

namespace LiaisonBot.Features.Plans;

/// <summary>What a task says, whether it came from a workbook row or the secretariat's card.</summary>
public sealed record TaskContent(string Title, string Description, string Outcome, DateOnly Due, IReadOnlyList<string> Owners, string? PlanItem);

public static class PlanTasks
{
    public static PlanTaskEntity New(int year, string group, string no) => new()
    {
        PartitionKey = PlanTaskEntity.Partition(year, group),
        RowKey = no,
        PlanYear = year,
        GroupCode = group,
        No = no,
    };

    public static TaskContent Content(TaskDraft draft) =>
        new(draft.Title, draft.Description, draft.Outcome, draft.Due, draft.Owners, draft.PlanItem);

    public static TaskContent Content(PlanTaskEntity task) =>
        new(task.Title, task.Description, task.Outcome, task.Due, task.OwnerCodes, task.PlanItem);

    /// <summary>Copies the content into the task; true if anything a member reads changed.</summary>
    public static bool Apply(PlanTaskEntity task, TaskContent content)
    {
        var owners = string.Join(';', content.Owners.Order(StringComparer.OrdinalIgnoreCase));
        var due = WorkCalendar.Iso(content.Due);
        var planItem = string.IsNullOrWhiteSpace(content.PlanItem) ? null : content.PlanItem;
        if (task.Title == content.Title && task.Description == content.Description && task.Outcome == content.Outcome &&
            task.DueDate == due && task.Owners == owners && task.PlanItem == planItem)
        {
            return false;
        }

        task.Title = content.Title;
        task.Description = content.Description;
        task.Outcome = content.Outcome;
        task.DueDate = due;
        task.Owners = owners;
        task.PlanItem = planItem;
        return true;
    }
}
