using LiaisonBot.Spreadsheets;

namespace LiaisonBot.Features.DutyFile.Points;

/// <summary>A sheet of the points rules workbook: its English name (the <see cref="SheetError.Sheet"/> value), its Chinese one, its columns.</summary>
internal sealed record RuleSheet(string Sheet, string Label, IReadOnlyList<SheetColumn> Columns, bool Required)
{
    public bool Matches(string sheetName) => SheetColumn.SameName(sheetName, Sheet) || SheetColumn.SameName(sheetName, Label);
}

/// <summary>
/// The points rules workbook (积分规则): settings as item/value rows, points per activity kind, points per meeting attended,
/// points per satisfaction band in mass supervision, deductions, grade bands and yearly minimums. Every column of a sheet is required, so a misspelt header cannot drop its numbers unnoticed.
/// </summary>
internal static class RuleFileSheets
{
    public static readonly SheetColumn Item = new("item", "项目");
    public static readonly SheetColumn Value = new("value", "数值");
    public static readonly SheetColumn Kind = new("kind", "活动类型");
    public static readonly SheetColumn Points = new("points", "积分");
    public static readonly SheetColumn CoAuthor = new("coauthor_points", "参与者积分");
    public static readonly SheetColumn Cap = new("cap", "年度上限");
    public static readonly SheetColumn MeetingKind = new("meeting_kind", "会议类型");
    public static readonly SheetColumn PresencePoints = new("presence_points", "出席积分");
    public static readonly SheetColumn ShareAtLeast = new("share_at_least", "满意率不低于");
    public static readonly SheetColumn Deduction = new("deduction", "扣分事项");
    public static readonly SheetColumn Grade = new("grade", "等次");
    public static readonly SheetColumn GradeEnglish = new("grade_en", "等次英文");
    public static readonly SheetColumn From = new("from", "最低分");
    public static readonly SheetColumn AtLeast = new("at_least", "至少次数");

    public static readonly RuleSheet Settings = new("settings", "基本设置", [Item, Value], Required: true);
    public static readonly RuleSheet Kinds = new("kinds", "活动积分", [Kind, Points, CoAuthor, Cap], Required: true);
    public static readonly RuleSheet Attendance = new("attendance", "会议出席", [MeetingKind, PresencePoints, Cap], Required: false);
    public static readonly RuleSheet Supervision = new("supervision", "群众评议", [ShareAtLeast, Points], Required: false);
    public static readonly RuleSheet Deductions = new("deductions", "扣分", [Deduction, Points], Required: false);
    public static readonly RuleSheet Grades = new("grades", "等次", [Grade, GradeEnglish, From], Required: true);
    public static readonly RuleSheet Minimums = new("minimums", "基本要求", [Kind, AtLeast], Required: false);

    public static readonly IReadOnlyList<RuleSheet> All = [Settings, Kinds, Attendance, Supervision, Deductions, Grades, Minimums];

    /// <summary>The items of the settings sheet, by English key and Chinese label.</summary>
    public static readonly SheetColumn Year = new("year", "年度");
    public static readonly SheetColumn Base = new("base", "基础分");
    public static readonly SheetColumn YearCap = new("year_cap", "年度积分上限");
    public static readonly SheetColumn CountSubmitted = new("count_submitted", "待核实计入");
    public static readonly SheetColumn TaskPoints = new("task_points", "按时完成计划任务");
    public static readonly SheetColumn TaskCap = new("task_cap", "计划任务积分上限");

    public static readonly IReadOnlyList<SheetColumn> SettingItems = [Year, Base, YearCap, CountSubmitted, TaskPoints, TaskCap];

    /// <summary>The deduction items, as the workbook names them.</summary>
    public static readonly IReadOnlyDictionary<SheetColumn, DeductionKind> DeductionItems = new Dictionary<SheetColumn, DeductionKind>
    {
        [new("absence_excused", "请假缺席")] = DeductionKind.AbsenceExcused,
        [new("absence_unexcused", "无故缺席")] = DeductionKind.AbsenceUnexcused,
    };

    /// <summary>"Any kind" in the minimums sheet.</summary>
    public static readonly SheetColumn AnyKind = new("any", "全部活动");
}
