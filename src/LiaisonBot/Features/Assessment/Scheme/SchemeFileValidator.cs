using LiaisonBot.App;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Spreadsheets;
using Sheets = LiaisonBot.Features.Assessment.Scheme.SchemeFileSheets;

namespace LiaisonBot.Features.Assessment.Scheme;

/// <summary>
/// Checks the rows of a scheme workbook and turns them into an <see cref="AssessmentScheme"/>. It sees every row of every
/// sheet, so the secretariat gets every problem in one answer.
/// </summary>
internal sealed partial class SchemeFileValidator(SchemeFileLimits limits)
{
    private readonly List<SheetError> errors = [];

    private sealed record Settings(int Year, string Title, DateOnly Deadline, decimal BonusCap, bool RescaleMissing, int Commended);

    public SchemeFileRead Check(IReadOnlyDictionary<SchemeSheet, IReadOnlyList<TableRow>> tables)
    {
        var settings = ReadSettings(tables[Sheets.Settings]);
        var sections = Sections(tables[Sheets.Sections]);
        var (items, named) = Items(tables[Sheets.Items], sections.Select(s => s.Code).ToList(), settings?.Year);
        foreach (var (code, _, row) in sections.Where(s => !named.Contains(s.Code, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add(new SheetError(Sheets.Sections.Sheet, row, "Assessment.File.EmptySection", code));
        }

        // Every kind of group must have something to be assessed on, or its items' sum and any rescaling divide by 0.
        // Judged only on a sheet whose every item was read: a wrong scope has its own error.
        foreach (var (kind, name) in new[] { (GroupKind.Township, Sheets.Townships), (GroupKind.Agency, Sheets.Agencies) })
        {
            if (items.Count > 0 && items.Count == tables[Sheets.Items].Count && !items.Any(i => i.AppliesTo(kind)))
            {
                errors.Add(new SheetError(Sheets.Items.Sheet, 0, "Assessment.File.NoneFor", name));
            }
        }

        var grades = Grades(tables[Sheets.Grades]);
        if (errors.Count > 0 || settings is null)
        {
            return new SchemeFileRead(null, errors.Count > limits.MaxErrors ? [.. errors.Take(limits.MaxErrors)] : errors);
        }

        return new SchemeFileRead(new AssessmentScheme(settings.Year, settings.Title, settings.Deadline, [.. sections.Select(s => s.Section!)], items,
            settings.BonusCap, settings.RescaleMissing, settings.Commended, grades), []);
    }

    private Settings? ReadSettings(IReadOnlyList<TableRow> rows)
    {
        var values = new Dictionary<SheetColumn, TableRow>();
        foreach (var row in rows)
        {
            var name = row.Text(Sheets.Item);
            if (Sheets.SettingItems.FirstOrDefault(i => i.Matches(name)) is not { } item)
            {
                Error(Sheets.Settings, row, "Points.File.UnknownItem", name, Sheets.SettingItems.ToArray());
            }
            else if (!values.TryAdd(item, row))
            {
                Error(Sheets.Settings, row, "Points.File.Twice", item, values[item].Number);
            }
        }

        int? year = null;
        if (Required(values, Sheets.Year) is { } yearRow)
        {
            if (SheetCells.TryYear(yearRow[Sheets.Value], out var y))
            {
                year = y;
            }
            else
            {
                Error(Sheets.Settings, yearRow, "Points.File.BadYear");
            }
        }

        var title = values.TryGetValue(Sheets.Title, out var titleRow) ? Name(Sheets.Settings, titleRow, Sheets.Value, required: false, 2 * limits.MaxName, Sheets.Title) : "";
        var deadline = Required(values, Sheets.Deadline) is { } deadlineRow ? Date(Sheets.Settings, deadlineRow, Sheets.Value, Sheets.Deadline, year) : null;
        decimal? bonusCap = null;
        if (Required(values, Sheets.BonusCap) is { } capRow && Number(Sheets.Settings, capRow, Sheets.Value, Sheets.BonusCap) is { } cap)
        {
            bonusCap = cap >= 0 ? cap : null;
            if (cap < 0)
            {
                Error(Sheets.Settings, capRow, "Points.File.Negative", Sheets.BonusCap);
            }
        }

        int? commended = null;
        if (Required(values, Sheets.Commended) is { } commendedRow)
        {
            var text = commendedRow.Text(Sheets.Value);
            if (int.TryParse(text, out var count) && count is >= 1 and <= 1000)
            {
                commended = count;
            }
            else
            {
                Error(Sheets.Settings, commendedRow, "Points.File.BadCount", Sheets.Commended);
            }
        }

        var rescale = false;
        if (values.TryGetValue(Sheets.RescaleMissing, out var rescaleRow))
        {
            var text = rescaleRow.Text(Sheets.Value).ToLowerInvariant();
            rescale = Sheets.Yes.Contains(text);
            if (!rescale && !Sheets.No.Contains(text))
            {
                Error(Sheets.Settings, rescaleRow, "Points.File.BadYesNo", Sheets.RescaleMissing);
            }
        }

        return year is { } yy && deadline is { } d && bonusCap is { } b && commended is { } c && title is not null
            ? new Settings(yy, title, d, b, rescale, c)
            : null;
    }

    /// <summary>The row of a setting the scheme cannot do without, or an error naming it.</summary>
    private TableRow? Required(Dictionary<SheetColumn, TableRow> values, SheetColumn item)
    {
        if (values.TryGetValue(item, out var row))
        {
            return row;
        }

        errors.Add(new SheetError(Sheets.Settings.Sheet, 0, "Assessment.File.NoSetting", item));
        return null;
    }

    /// <summary>
    /// The sections, each with its code and row; a section written wrong has no <see cref="SchemeSection"/> but keeps its
    /// code, so the items in it are not reported a second time as naming a missing section.
    /// </summary>
    private List<(string Code, SchemeSection? Section, int Row)> Sections(IReadOnlyList<TableRow> rows)
    {
        var sections = new List<(string Code, SchemeSection? Section, int Row)>();
        foreach (var row in rows)
        {
            var code = Code(Sheets.Sections, row, sections.Select(s => (s.Code, s.Row)));
            var chinese = Name(Sheets.Sections, row, Sheets.Name, required: true, limits.MaxName);
            var english = Name(Sheets.Sections, row, Sheets.NameEnglish, required: false, limits.MaxName);
            if (code is not null)
            {
                var section = chinese is not null && english is not null ? new SchemeSection(code, chinese, english.Length > 0 ? english : chinese) : null;
                sections.Add((code, section, row.Number));
            }
        }

        if (rows.Count == 0)
        {
            errors.Add(new SheetError(Sheets.Sections.Sheet, 0, "Assessment.File.NoRows"));
        }

        return sections;
    }

    private List<GradeBand> Grades(IReadOnlyList<TableRow> rows)
    {
        var grades = new List<(GradeBand Grade, int Row)>();
        foreach (var row in rows)
        {
            var chinese = Name(Sheets.Grades, row, Sheets.Grade, required: true, limits.MaxName);
            var english = Name(Sheets.Grades, row, Sheets.GradeEnglish, required: false, limits.MaxName);
            if (Number(Sheets.Grades, row, Sheets.From, Sheets.From) is not { } from || chinese is null || english is null)
            {
                continue;
            }

            if (grades.FirstOrDefault(g => g.Grade.From == from) is { Grade: not null } first)
            {
                Error(Sheets.Grades, row, "Points.File.Twice", row.Text(Sheets.From), first.Row);
                continue;
            }

            grades.Add((new GradeBand(chinese, english.Length > 0 ? english : chinese, from), row.Number));
        }

        if (rows.Count == 0)
        {
            errors.Add(new SheetError(Sheets.Grades.Sheet, 0, "Points.File.NoGrades"));
        }

        return [.. grades.Select(g => g.Grade)];
    }

    private void Error(SchemeSheet sheet, TableRow row, string key, params object[] args) =>
        errors.Add(new SheetError(sheet.Sheet, row.Number, key, args));
}
