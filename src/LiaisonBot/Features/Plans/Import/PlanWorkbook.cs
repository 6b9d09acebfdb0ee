using LiaisonBot.Features.Plans.Publishing;

namespace LiaisonBot.Features.Plans.Import;

/// <summary>One group's plan for a work year as the secretariat wrote it: everything except the tasks.</summary>
public sealed record PlanDraft(int Year, string GroupCode, string Goals, IReadOnlyList<string> Learning, IReadOnlyList<string> Methods, string Requirements);

/// <summary>
/// One task as the secretariat wrote it. <see cref="No"/> is the task's number within its group's plan, the key that lets a
/// changed workbook update the task in place. <see cref="Owners"/> are member codes; empty means the whole group.
/// </summary>
public sealed record TaskDraft(int Year, string GroupCode, string No, string Title, string Description, string Outcome,
    DateOnly Due, IReadOnlyList<string> Owners, string? PlanItem);

/// <summary>
/// A plan file read and checked against the roster: the plans and tasks it holds for one work year. A file may hold
/// plans, tasks or both; groups it does not mention are left alone by the import.
/// </summary>
public sealed record PlanWorkbook(int Year, IReadOnlyList<PlanDraft> Plans, IReadOnlyList<TaskDraft> Tasks)
{
    public IEnumerable<string> GroupCodes => Plans.Select(p => p.GroupCode).Concat(Tasks.Select(t => t.GroupCode)).Distinct(StringComparer.Ordinal);
}
