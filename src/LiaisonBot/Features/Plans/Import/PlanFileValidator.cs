using LiaisonBot.App;
using LiaisonBot.Spreadsheets;
using Column = LiaisonBot.Features.Plans.Import.PlanFileColumns;

namespace LiaisonBot.Features.Plans.Import;

/// <summary>
/// Checks the rows of a plan file against the roster and against each other (one year, one plan per group, one task per
/// number) and turns them into drafts. It sees every row, so the secretariat gets every problem in one answer.
/// </summary>
internal sealed partial class PlanFileValidator(Committee roster, PlanFileLimits limits)
{
    private readonly List<SheetError> errors = [];
    private readonly List<PlanDraft> plans = [];
    private readonly List<TaskDraft> tasks = [];
    private readonly Dictionary<string, int> planRows = new(StringComparer.OrdinalIgnoreCase);
    private int? year;

    /// <summary>
    /// Checks a table, its first non-empty row being the header; false when it has more data rows than allowed, or reaches
    /// so far down that reading on would cost more than a real plan does.
    /// </summary>
    public bool Add(PlanTable table, IEnumerable<SheetRow> rows, CancellationToken ct)
    {
        var read = SheetTable.Read(table.Sheet, rows, table.Columns, [.. table.Required], limits.MaxRows, ct);
        errors.AddRange(read.Errors);
        foreach (var row in read.Rows)
        {
            var cells = new Cells(table, row);
            if (row.Malformed)
            {
                Error(cells, "Plans.File.BadCsv");
            }

            if (table == Column.Plans)
            {
                AddPlan(cells);
            }
            else
            {
                AddTask(cells);
            }
        }

        return !read.TooLong;
    }

    /// <summary>The drafts when every row was right; else the errors, at most <see cref="PlanFileLimits.MaxErrors"/> of them.</summary>
    public PlanFileRead Result()
    {
        if (errors.Count > limits.MaxErrors)
        {
            var more = new SheetError("", 0, "Plans.File.MoreErrors", errors.Count - limits.MaxErrors);
            return new PlanFileRead(null, [.. errors.Take(limits.MaxErrors), more]);
        }

        if (errors.Count > 0)
        {
            return new PlanFileRead(null, errors);
        }

        return year is { } y
            ? new PlanFileRead(new PlanWorkbook(y, plans, tasks), [])
            : PlanFileRead.Failed(new SheetError("", 0, "Plans.File.NoRows"));
    }

    private void AddPlan(Cells row)
    {
        var before = errors.Count;
        var rowYear = Year(row);
        var group = Group(row);
        var goals = Text(row, Column.Goals, limits.MaxGoals, required: true);
        var learning = Items(row, Column.Learning);
        var methods = Items(row, Column.Methods);
        var requirements = Text(row, Column.Requirements, limits.MaxRequirements);
        if (group is not null && !planRows.TryAdd(group.Code, row.Number))
        {
            Error(row, "Plans.File.DuplicatePlan", group.Name, planRows[group.Code]);
        }

        if (errors.Count == before)
        {
            plans.Add(new PlanDraft(rowYear!.Value, group!.Code, goals, learning, methods, requirements));
        }
    }

    private int? Year(Cells row)
    {
        var cell = row[Column.Year];
        if (!Required(row, Column.Year))
        {
            return null;
        }

        if (!SheetCells.TryYear(cell, out var rowYear))
        {
            Error(row, "Plans.File.BadYear", SheetCells.Text(cell));
            return null;
        }

        year ??= rowYear;
        if (rowYear != year)
        {
            Error(row, "Plans.File.YearMismatch", rowYear, year);
        }

        return rowYear;
    }

    /// <summary>A group by its code (T01) or its full name (城关镇联络组).</summary>
    private Group? Group(Cells row)
    {
        if (!Required(row, Column.Group))
        {
            return null;
        }

        var written = SheetCells.Text(row[Column.Group]);
        var group = roster.Group(written) ?? roster.Groups.FirstOrDefault(g => g.Name == SheetCells.Squeeze(written));
        if (group is null)
        {
            Error(row, "Plans.File.UnknownGroup", written);
        }

        return group;
    }

    private string Text(Cells row, SheetColumn column, int max, bool required = false)
    {
        var text = SheetCells.Text(row[column]);
        if (required)
        {
            Required(row, column);
        }

        if (text.Length > max)
        {
            Error(row, "Plans.File.TooLong", column, max, text.Length);
        }

        return text;
    }

    private IReadOnlyList<string> Items(Cells row, SheetColumn column)
    {
        var items = PlanCells.Items(row[column]);
        if (items.Count > limits.MaxItems)
        {
            Error(row, "Plans.File.TooManyItems", column, limits.MaxItems);
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Length > limits.MaxItem)
            {
                Error(row, "Plans.File.ItemTooLong", column, i + 1, limits.MaxItem);
            }
        }

        return items;
    }

    private bool Required(Cells row, SheetColumn column)
    {
        if (SheetCells.IsEmpty(row[column]))
        {
            Error(row, "Plans.File.Required", column);
            return false;
        }

        return true;
    }

    private void Error(Cells row, string key, params object[] args) =>
        errors.Add(new SheetError(row.Table.Sheet, row.Number, key, args));

    /// <summary>A data row of one of the plan file's tables.</summary>
    private sealed record Cells(PlanTable Table, TableRow Row)
    {
        public int Number => Row.Number;

        public object? this[SheetColumn column] => Row[column];
    }
}
