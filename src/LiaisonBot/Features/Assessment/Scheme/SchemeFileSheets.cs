using LiaisonBot.Spreadsheets;

namespace LiaisonBot.Features.Assessment.Scheme;

/// <summary>A sheet of the scheme workbook: its English name (the <see cref="SheetError.Sheet"/> value), its Chinese one, its columns.</summary>
internal sealed record SchemeSheet(string Sheet, string Label, IReadOnlyList<SheetColumn> Columns, IReadOnlyList<SheetColumn> Required)
{
    public bool Matches(string sheetName) => SheetColumn.SameName(sheetName, Sheet) || SheetColumn.SameName(sheetName, Label);
}

/// <summary>
/// The scheme workbook (考核方案): settings as item/value rows, the sections, the items with their maximum, source and
/// formula, and the grade bands. Sheets, headers and the words in cells are accepted in English or Chinese.
/// </summary>
internal static class SchemeFileSheets
{
    public static readonly SheetColumn Item = new("item", "项目");
    public static readonly SheetColumn Value = new("value", "数值");
    public static readonly SheetColumn Code = new("code", "编号");
    public static readonly SheetColumn Name = new("name", "名称");
    public static readonly SheetColumn NameEnglish = new("name_en", "英文名称");
    public static readonly SheetColumn Section = new("section", "板块");
    public static readonly SheetColumn ItemName = new("name", "项目");
    public static readonly SheetColumn Max = new("max", "分值");
    public static readonly SheetColumn Source = new("source", "来源");
    public static readonly SheetColumn Formula = new("formula", "计算公式");
    public static readonly SheetColumn Target = new("target", "目标");
    public static readonly SheetColumn By = new("by", "截止日期");
    public static readonly SheetColumn Scope = new("scope", "适用");
    public static readonly SheetColumn Grade = new("grade", "等次");
    public static readonly SheetColumn GradeEnglish = new("grade_en", "等次英文");
    public static readonly SheetColumn From = new("from", "最低分");

    public static readonly SchemeSheet Settings = new("settings", "基本设置", [Item, Value], [Item, Value]);
    public static readonly SchemeSheet Sections = new("sections", "考核板块", [Code, Name, NameEnglish], [Code, Name]);

    // Formula, target, by and scope may be left out of a scheme whose items are all entered or claimed.
    public static readonly SchemeSheet Items = new("items", "考核项目",
        [Code, Section, ItemName, NameEnglish, Max, Source, Formula, Target, By, Scope], [Code, Section, ItemName, Max, Source]);

    public static readonly SchemeSheet Grades = new("grades", "等次", [Grade, GradeEnglish, From], [Grade, From]);

    public static readonly IReadOnlyList<SchemeSheet> All = [Settings, Sections, Items, Grades];

    /// <summary>The items of the settings sheet, by English key and Chinese label.</summary>
    public static readonly SheetColumn Year = new("year", "年度");
    public static readonly SheetColumn Title = new("title", "名称");
    public static readonly SheetColumn Deadline = new("deadline", "自评截止");
    public static readonly SheetColumn BonusCap = new("bonus_cap", "加分上限");
    public static readonly SheetColumn RescaleMissing = new("rescale_missing", "缺项折算");
    public static readonly SheetColumn Commended = new("commended", "表彰名额");

    public static readonly IReadOnlyList<SheetColumn> SettingItems = [Year, Title, Deadline, BonusCap, RescaleMissing, Commended];

    /// <summary>The sources an item's points come from, as the workbook names them.</summary>
    public static readonly IReadOnlyDictionary<SheetColumn, ItemSource> Sources = new Dictionary<SheetColumn, ItemSource>
    {
        [new("computed", "计算")] = ItemSource.Computed,
        [new("entered", "录入")] = ItemSource.Entered,
        [new("claimed", "自评")] = ItemSource.Claimed,
    };

    /// <summary>Which groups an item applies to; a blank cell means all of them.</summary>
    public static readonly IReadOnlyDictionary<SheetColumn, ItemScope> Scopes = new Dictionary<SheetColumn, ItemScope>
    {
        [new("all", "全部")] = ItemScope.All,
        [new("township", "乡镇")] = ItemScope.Township,
        [new("agency", "部门")] = ItemScope.Agency,
    };

    /// <summary>Other ways offices write a scope: the roster's own words for the kinds of group.</summary>
    public static readonly IReadOnlyDictionary<string, ItemScope> ScopeSynonyms = new Dictionary<string, ItemScope>
    {
        ["县直机关"] = ItemScope.Agency,
        ["机关"] = ItemScope.Agency,
        ["县直"] = ItemScope.Agency,
        ["所有"] = ItemScope.All,
    };

    /// <summary>The fixed set of formulas, by the names the workbook uses (the enum's own name is taken too).</summary>
    public static readonly IReadOnlyDictionary<SheetColumn, ItemFormula> Formulas = new Dictionary<SheetColumn, ItemFormula>
    {
        [new("plan_filed_by", "计划按时报送")] = ItemFormula.PlanFiledBy,
        [new("annual_report_by", "年度报告按时发布")] = ItemFormula.AnnualReportBy,
        [new("progress_reports", "进展报告篇数")] = ItemFormula.ProgressReports,
        [new("tasks_on_time", "任务按时完成率")] = ItemFormula.TasksOnTime,
        [new("records_per_member", "人均核实记录")] = ItemFormula.RecordsPerMember,
        [new("members_meeting_minimums", "达到基本要求人数比例")] = ItemFormula.MembersMeetingMinimums,
        [new("attendance", "出席率")] = ItemFormula.Attendance,
        [new("scoring_mean", "常委会测评均分")] = ItemFormula.ScoringMean,
        [new("supervision_share", "群众评议满意率")] = ItemFormula.SupervisionShare,
    };

    /// <summary>The formulas whose full points need a target count.</summary>
    public static bool NeedsTarget(ItemFormula formula) => formula is ItemFormula.ProgressReports or ItemFormula.RecordsPerMember;

    /// <summary>The formulas whose points need something done by a date.</summary>
    public static bool NeedsBy(ItemFormula formula) => formula is ItemFormula.PlanFiledBy or ItemFormula.AnnualReportBy;

    /// <summary>The name of a formula as the workbook writes it.</summary>
    public static SheetColumn NameOf(ItemFormula formula) => Formulas.First(f => f.Value == formula).Key;

    /// <summary>The kinds of group, as named in the check that each has something to be assessed on.</summary>
    public static readonly SheetColumn Townships = new("township", "乡镇");
    public static readonly SheetColumn Agencies = new("agency", "县直机关");

    public static readonly string[] Yes = ["是", "yes", "y", "true", "1", "折算"];
    public static readonly string[] No = ["否", "no", "n", "false", "0", "不折算", ""];
}
