using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Features.Plans.Publishing;
using LiaisonBot.Spreadsheets;
using Column = LiaisonBot.Features.Plans.Import.PlanFileColumns;

namespace LiaisonBot.Features.Plans.Import;

internal sealed partial class PlanFileValidator
{
    // Task numbers are the key a changed workbook updates in place, so "a1" and "A1" are one task.
    private readonly Dictionary<(string Group, string No), int> taskRows = new();

    private void AddTask(Cells row)
    {
        var before = errors.Count;
        var rowYear = Year(row);
        var group = Group(row);
        var no = Text(row, Column.No, limits.MaxNo, required: true);
        var title = Text(row, Column.Title, limits.MaxTitle, required: true);
        var description = Text(row, Column.Description, limits.MaxDescription);
        var outcome = Text(row, Column.Outcome, limits.MaxOutcome);
        var due = Due(row, rowYear);
        var owners = group is null ? [] : Owners(row, group);
        var planItem = Text(row, Column.PlanItem, limits.MaxItem);
        if (group is not null && no.Length > 0 && !taskRows.TryAdd((group.Code, no.ToUpperInvariant()), row.Number))
        {
            Error(row, "Plans.File.DuplicateTask", no, group.Name, taskRows[(group.Code, no.ToUpperInvariant())]);
        }

        if (errors.Count == before)
        {
            tasks.Add(new TaskDraft(rowYear!.Value, group!.Code, no, title, description, outcome, due!.Value, owners,
                planItem.Length > 0 ? planItem : null));
        }
    }

    private DateOnly? Due(Cells row, int? rowYear)
    {
        if (!Required(row, Column.Due))
        {
            return null;
        }

        var cell = row[Column.Due];
        if (!SheetCells.TryDate(cell, out var due))
        {
            Error(row, "Plans.File.BadDue", SheetCells.Text(cell));
            return null;
        }

        if (rowYear is { } y && due.Year != y)
        {
            Error(row, "Plans.File.DueOutsideYear", WorkCalendar.Iso(due), y);
        }

        return due;
    }

    /// <summary>Member codes, each owner named by code or by name within the task's group; none means the whole group.</summary>
    private IReadOnlyList<string> Owners(Cells row, Group group)
    {
        var members = roster.MembersOf(group.Code).ToList();
        var codes = new List<string>();
        foreach (var owner in PlanCells.Owners(row[Column.Owners]))
        {
            var found = members.Where(m => string.Equals(m.Code, owner, StringComparison.OrdinalIgnoreCase)).ToList();
            if (found.Count == 0)
            {
                found = members.Where(m => SheetCells.Squeeze(m.Name) == owner).ToList();
            }

            if (found.Count == 1)
            {
                codes.Add(found[0].Code);
            }
            else
            {
                Error(row, found.Count == 0 ? "Plans.File.UnknownOwner" : "Plans.File.AmbiguousOwner", owner, group.Name);
            }
        }

        return codes.Distinct(StringComparer.Ordinal).ToList();
    }
}
