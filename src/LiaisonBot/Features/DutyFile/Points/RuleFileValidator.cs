using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Reports;
using LiaisonBot.Localization;
using LiaisonBot.Spreadsheets;
using Sheets = LiaisonBot.Features.DutyFile.Points.RuleFileSheets;

namespace LiaisonBot.Features.DutyFile.Points;

/// <summary>
/// Checks the rows of a rules workbook and turns them into <see cref="PointsRules"/>. It sees every row, so the
/// secretariat gets every problem in one answer.
/// </summary>
internal sealed class RuleFileValidator(RuleFileLimits limits)
{
    private static readonly string[] Yes = ["是", "yes", "y", "true", "1", "计入"];
    private static readonly string[] No = ["否", "no", "n", "false", "0", "不计入", ""];

    private readonly List<SheetError> errors = [];

    public RuleFileRead Check(IReadOnlyDictionary<RuleSheet, IReadOnlyList<TableRow>> tables)
    {
        var settings = Settings(tables[Sheets.Settings]);
        var kinds = Unique(Sheets.Kinds, tables[Sheets.Kinds], Sheets.Kind, KindRow);
        var attendance = Unique(Sheets.Attendance, tables[Sheets.Attendance], Sheets.MeetingKind, AttendanceRow);
        var supervision = Unique(Sheets.Supervision, tables[Sheets.Supervision], Sheets.ShareAtLeast, SupervisionRow);
        var deductions = Unique(Sheets.Deductions, tables[Sheets.Deductions], Sheets.Deduction, DeductionRow);
        var grades = Unique(Sheets.Grades, tables[Sheets.Grades], Sheets.From, GradeRow);
        var minimums = Unique(Sheets.Minimums, tables[Sheets.Minimums], Sheets.Kind, MinimumRow);
        if (tables[Sheets.Grades].Count == 0)
        {
            errors.Add(new SheetError(Sheets.Grades.Sheet, 0, "Points.File.NoGrades"));
        }

        if (errors.Count > 0 || settings is null)
        {
            return new RuleFileRead(null, errors.Count > limits.MaxErrors ? [.. errors.Take(limits.MaxErrors)] : errors);
        }

        var (year, @base, yearCap, countSubmitted, tasks) = settings.Value;
        return new RuleFileRead(new PointsRules(year, @base, yearCap, countSubmitted, kinds, tasks, attendance, deductions, grades, minimums)
        {
            Supervision = supervision,
        }, []);
    }

    private (int Year, decimal Base, decimal? YearCap, bool CountSubmitted, TaskRule? Tasks)? Settings(IReadOnlyList<TableRow> rows)
    {
        var values = new Dictionary<SheetColumn, (TableRow Row, object? Cell)>();
        foreach (var row in rows)
        {
            var name = row.Text(Sheets.Item);
            if (Sheets.SettingItems.FirstOrDefault(i => i.Matches(name)) is not { } item)
            {
                Error(Sheets.Settings, row, "Points.File.UnknownItem", name, Sheets.SettingItems.ToArray());
            }
            else if (values.TryGetValue(item, out var first))
            {
                Error(Sheets.Settings, row, "Points.File.Twice", item, first.Row.Number);
            }
            else
            {
                values[item] = (row, row[Sheets.Value]);
            }
        }

        var year = 0;
        if (!values.TryGetValue(Sheets.Year, out var yearCell))
        {
            errors.Add(new SheetError(Sheets.Settings.Sheet, 0, "Points.File.NoYear", Sheets.Year));
        }
        else if (!SheetCells.TryYear(yearCell.Cell, out year))
        {
            Error(Sheets.Settings, yearCell.Row, "Points.File.BadYear");
        }

        var @base = Setting(values, Sheets.Base, allowNegative: true) ?? 0;
        var yearCap = Setting(values, Sheets.YearCap, allowNegative: false);
        var taskPoints = Setting(values, Sheets.TaskPoints, allowNegative: false);
        var taskCap = Setting(values, Sheets.TaskCap, allowNegative: false);
        var countSubmitted = false;
        if (values.TryGetValue(Sheets.CountSubmitted, out var count))
        {
            var text = SheetCells.Text(count.Cell).ToLowerInvariant();
            countSubmitted = Yes.Contains(text);
            if (!countSubmitted && !No.Contains(text))
            {
                Error(Sheets.Settings, count.Row, "Points.File.BadYesNo", Sheets.CountSubmitted);
            }
        }

        return year == 0 ? null : (year, @base, yearCap, countSubmitted, taskPoints is { } p ? new TaskRule(p, taskCap) : null);
    }

    private decimal? Setting(Dictionary<SheetColumn, (TableRow Row, object? Cell)> values, SheetColumn item, bool allowNegative) =>
        values.TryGetValue(item, out var value) ? Number(Sheets.Settings, value.Row, value.Cell, item, required: false, allowNegative) : null;

    private KindRule? KindRow(TableRow row) =>
        TryKind(Sheets.Kinds, row, anyAllowed: false, out var kind)
        && Number(Sheets.Kinds, row, row[Sheets.Points], Sheets.Points, required: true, allowNegative: false) is { } points
            ? new KindRule(kind!.Value, points,
                Number(Sheets.Kinds, row, row[Sheets.CoAuthor], Sheets.CoAuthor, required: false, allowNegative: false),
                Number(Sheets.Kinds, row, row[Sheets.Cap], Sheets.Cap, required: false, allowNegative: false))
            : null;

    private AttendanceRule? AttendanceRow(TableRow row) =>
        Named<MeetingKind>(Sheets.Attendance, row, Sheets.MeetingKind, MeetingKinds.Name, "Points.File.UnknownMeetingKind") is { } kind
        && Number(Sheets.Attendance, row, row[Sheets.PresencePoints], Sheets.PresencePoints, required: true, allowNegative: false) is { } points
            ? new AttendanceRule(kind, points, Number(Sheets.Attendance, row, row[Sheets.Cap], Sheets.Cap, required: false, allowNegative: false))
            : null;

    /// <summary>
    /// A satisfaction band: a share in per cent and the points it earns. A cell formatted as a percentage holds 0.9 for
    /// 90 %, so a share up to 1 is read as a fraction: no committee gives points for 1 % satisfaction.
    /// </summary>
    private SupervisionRule? SupervisionRow(TableRow row)
    {
        var share = Number(Sheets.Supervision, row, row[Sheets.ShareAtLeast], Sheets.ShareAtLeast, required: true, allowNegative: false) is { } written
            ? written <= 1 ? written * 100 : written
            : (decimal?)null;
        var points = Number(Sheets.Supervision, row, row[Sheets.Points], Sheets.Points, required: true, allowNegative: false);
        if (share > 100)
        {
            Error(Sheets.Supervision, row, "Points.File.BadShare", Sheets.ShareAtLeast);
            return null;
        }

        return share is { } s && points is { } p ? new SupervisionRule(s, p) : null;
    }

    private DeductionRule? DeductionRow(TableRow row)
    {
        var name = row.Text(Sheets.Deduction);
        var item = Sheets.DeductionItems.Keys.FirstOrDefault(k => k.Matches(name));
        if (item is null)
        {
            Error(Sheets.Deductions, row, "Points.File.UnknownDeduction", name, Sheets.DeductionItems.Keys.ToArray());
            return null;
        }

        // A deduction may be written as 4 or as −4: it is always taken off.
        return Number(Sheets.Deductions, row, row[Sheets.Points], Sheets.Points, required: true, allowNegative: true) is { } points
            ? new DeductionRule(Sheets.DeductionItems[item], Math.Abs(points))
            : null;
    }

    private GradeBand? GradeRow(TableRow row)
    {
        var chinese = row.Text(Sheets.Grade);
        var english = row.Text(Sheets.GradeEnglish);
        if (chinese.Length == 0 || chinese.Length > limits.MaxName || english.Length > limits.MaxName)
        {
            Error(Sheets.Grades, row, "Points.File.BadName", chinese.Length == 0 ? Sheets.Grade : english.Length > limits.MaxName ? Sheets.GradeEnglish : Sheets.Grade, limits.MaxName);
        }

        var from = Number(Sheets.Grades, row, row[Sheets.From], Sheets.From, required: true, allowNegative: true);
        return from is null || chinese.Length == 0 ? null : new GradeBand(chinese, english.Length > 0 ? english : chinese, from.Value);
    }

    private Minimum? MinimumRow(TableRow row)
    {
        var known = TryKind(Sheets.Minimums, row, anyAllowed: true, out var kind);
        var text = row.Text(Sheets.AtLeast);
        if (!int.TryParse(text, out var count) || count is < 1 or > 1000)
        {
            Error(Sheets.Minimums, row, "Points.File.BadCount", Sheets.AtLeast);
            return null;
        }

        return known ? new Minimum(kind, count) : null;
    }

    /// <summary>The activity kind a cell names; "any" gives a null kind.</summary>
    private bool TryKind(RuleSheet sheet, TableRow row, bool anyAllowed, out ActivityKind? kind)
    {
        kind = null;
        if (anyAllowed && Sheets.AnyKind.Matches(row.Text(Sheets.Kind)))
        {
            return true;
        }

        kind = Named<ActivityKind>(sheet, row, Sheets.Kind, ActivityKinds.Name, "Points.File.UnknownKind");
        return kind is not null;
    }

    /// <summary>
    /// The kind a cell names, by its English key or its name in either language, whatever its spacing; null, and an error
    /// quoting the cell as written, when none.
    /// </summary>
    private TKind? Named<TKind>(RuleSheet sheet, TableRow row, SheetColumn column, Func<TKind, Texts, string> name, string unknownKey)
        where TKind : struct, Enum
    {
        var written = row.Text(column);
        var kinds = Enum.GetValues<TKind>();
        var kind = kinds.Cast<TKind?>().FirstOrDefault(k =>
            SheetColumn.SameName(written, k.ToString()!) || Texts.All.Any(t => SheetColumn.SameName(written, SheetCells.Squeeze(name(k!.Value, t)))));
        if (kind is null)
        {
            Error(sheet, row, unknownKey, written, kinds.Select(k => new SheetColumn(name(k, Texts.English), name(k, Texts.Chinese))).ToArray());
        }

        return kind;
    }

    private decimal? Number(RuleSheet sheet, TableRow row, object? cell, SheetColumn column, bool required, bool allowNegative)
    {
        if (SheetCells.IsEmpty(cell))
        {
            if (required)
            {
                Error(sheet, row, "Points.File.NoNumber", column);
            }

            return null;
        }

        if (!SheetCells.TryNumber(cell, out var number) || Math.Abs(number) > 100_000)
        {
            Error(sheet, row, "Points.File.BadNumber", column, SheetCells.Text(cell));
            return null;
        }

        if (number < 0 && !allowNegative)
        {
            Error(sheet, row, "Points.File.Negative", column);
            return null;
        }

        return number;
    }

    /// <summary>The sheet's rows read with <paramref name="read"/>, each key (kind, item, grade bound) given once.</summary>
    private List<T> Unique<T>(RuleSheet sheet, IReadOnlyList<TableRow> rows, SheetColumn key, Func<TableRow, T?> read)
        where T : class
    {
        var result = new List<T>();
        var firstRows = new Dictionary<object, int>();
        foreach (var row in rows)
        {
            if (read(row) is not { } value)
            {
                continue;
            }

            object id = value switch
            {
                KindRule k => k.Kind,
                AttendanceRule a => a.Kind,
                SupervisionRule s => s.AtLeast,
                DeductionRule d => d.Kind,
                GradeBand g => g.From,
                Minimum m => (object?)m.Kind ?? "any",
                _ => value,
            };
            if (firstRows.TryGetValue(id, out var first))
            {
                Error(sheet, row, "Points.File.Twice", row.Text(key), first);
                continue;
            }

            firstRows[id] = row.Number;
            result.Add(value);
        }

        return result;
    }

    private void Error(RuleSheet sheet, TableRow row, string key, params object[] args) =>
        errors.Add(new SheetError(sheet.Sheet, row.Number, key, args));
}
