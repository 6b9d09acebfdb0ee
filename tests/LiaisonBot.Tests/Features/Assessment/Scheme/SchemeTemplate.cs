using System.Globalization;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Tests.Features.DutyFile.Points;

namespace LiaisonBot.Tests.Features.Assessment.Scheme;

/// <summary>
/// The scheme template, samples/assessment-scheme-2026.xlsx (and its English twin), with the weights real committees use:
/// 100 points in six sections, the county party committee's 5 for townships only (agencies rescaled), a bonus up to 10,
/// the top 3 commended. The tests check that the committed files hold exactly <see cref="Expected"/>; run them with
/// LIAISONBOT_WRITE_SAMPLES=1 to write them again after a change here.
/// </summary>
public static class SchemeTemplate
{
    public const string File = "assessment-scheme-2026.xlsx";

    public const string EnglishFile = "assessment-scheme-2026.en.xlsx";

    /// <summary>The English template's own title; everything else is the same scheme.</summary>
    public const string EnglishTitle = "Liaison group assessment 2026";

    public static AssessmentScheme Expected { get; } = new(
        Year: 2026,
        Title: "2026年度联络组考核",
        Deadline: new DateOnly(2026, 12, 31),
        Sections:
        [
            new("self", "自身建设", "Self-building"),
            new("delivery", "计划落实", "Plan delivery"),
            new("output", "履职成果", "Duty output"),
            new("committee", "常委会测评", "Standing Committee's score"),
            new("county", "县委评分", "County party committee's score"),
            new("supervision", "群众评议", "Mass supervision"),
        ],
        Items:
        [
            new("plan_on_time", "self", "年度计划按时报送", "Plan filed on time", 5, ItemSource.Computed, ItemScope.All) { Formula = ItemFormula.PlanFiledBy, By = new(2026, 3, 31) },
            new("annual_report", "self", "年度工作报告按时发布", "Annual report posted", 5, ItemSource.Computed, ItemScope.All) { Formula = ItemFormula.AnnualReportBy, By = new(2026, 12, 31) },
            new("progress", "self", "进展报告", "Progress reports", 5, ItemSource.Computed, ItemScope.All) { Formula = ItemFormula.ProgressReports, Target = 2 },
            new("ledger", "self", "活动台账和履职档案齐全", "Activity ledger and duty files kept", 5, ItemSource.Claimed, ItemScope.All),
            new("tasks", "delivery", "计划任务按时完成", "Plan tasks done on time", 20, ItemSource.Computed, ItemScope.All) { Formula = ItemFormula.TasksOnTime },
            new("attendance", "delivery", "会议活动出席", "Meeting attendance", 10, ItemSource.Computed, ItemScope.All) { Formula = ItemFormula.Attendance },
            new("records", "output", "人均核实履职记录", "Verified records per member", 10, ItemSource.Computed, ItemScope.All) { Formula = ItemFormula.RecordsPerMember, Target = 4 },
            new("minimums", "output", "委员达到基本履职要求", "Members meeting the minimums", 10, ItemSource.Computed, ItemScope.All) { Formula = ItemFormula.MembersMeetingMinimums },
            new("scoring", "committee", "常委会测评得分", "Standing Committee's score", 20, ItemSource.Computed, ItemScope.All) { Formula = ItemFormula.ScoringMean },
            new("party", "county", "县委对乡镇政协工作评分", "County party committee's score", 5, ItemSource.Entered, ItemScope.Township),
            new("supervision", "supervision", "群众评议满意率", "Mass supervision satisfaction", 5, ItemSource.Computed, ItemScope.All) { Formula = ItemFormula.SupervisionShare },
        ],
        BonusCap: 10,
        RescaleMissing: true,
        Commended: 3,
        Grades: [new("优秀", "Excellent", 90), new("良好", "Good", 80), new("合格", "Pass", 60), new("不合格", "Fail", 0)]);

    private static readonly Dictionary<ItemSource, string> SourceNames = new() { [ItemSource.Computed] = "计算", [ItemSource.Entered] = "录入", [ItemSource.Claimed] = "自评" };

    private static readonly Dictionary<ItemScope, string> ScopeNames = new() { [ItemScope.All] = "全部", [ItemScope.Township] = "乡镇", [ItemScope.Agency] = "部门" };

    private static readonly Dictionary<ItemFormula, (string Chinese, string English)> FormulaNames = new()
    {
        [ItemFormula.PlanFiledBy] = ("计划按时报送", "plan_filed_by"),
        [ItemFormula.AnnualReportBy] = ("年度报告按时发布", "annual_report_by"),
        [ItemFormula.ProgressReports] = ("进展报告篇数", "progress_reports"),
        [ItemFormula.TasksOnTime] = ("任务按时完成率", "tasks_on_time"),
        [ItemFormula.RecordsPerMember] = ("人均核实记录", "records_per_member"),
        [ItemFormula.MembersMeetingMinimums] = ("达到基本要求人数比例", "members_meeting_minimums"),
        [ItemFormula.Attendance] = ("出席率", "attendance"),
        [ItemFormula.ScoringMean] = ("常委会测评均分", "scoring_mean"),
        [ItemFormula.SupervisionShare] = ("群众评议满意率", "supervision_share"),
    };

    /// <summary>The template's sheets as rows of cells, header first: what the secretariat sees and may change.</summary>
    public static Dictionary<string, object> Sheets(AssessmentScheme s) => new()
    {
        ["基本设置"] = Rows(["项目", "数值", "说明"],
        [
            ["年度", s.Year, "这套方案考核的工作年度"],
            ["名称", s.Title, "方案的名称，显示在各组的考核卡片上"],
            ["自评截止", Date(s.Deadline), "联络组提交自评的最后一天，可以是次年 1 月"],
            ["加分上限", s.BonusCap, "表彰加分最多加的分；不设加分填 0"],
            ["缺项折算", s.RescaleMissing ? "是" : "否", "“是”：某项不适用的联络组（如县直机关组没有县委评分），得分按满分折算；“否”：按较少的满分计"],
            ["表彰名额", s.Commended, "表彰前几名；并列的一并表彰"],
        ]),
        ["考核板块"] = Rows(["编号", "名称", "英文名称"], [.. s.Sections.Select(x => new object?[] { x.Code, x.Chinese, x.English })]),
        ["考核项目"] = Rows(["编号", "板块", "项目", "英文名称", "分值", "来源", "计算公式", "目标", "截止日期", "适用"],
            [.. s.Items.Select(i => new object?[]
            {
                i.Code, i.Section, i.Chinese, i.English, i.Max, SourceNames[i.Source], i.Formula is { } f ? FormulaNames[f].Chinese : null, i.Target,
                i.By is { } by ? Date(by) : null, ScopeNames[i.Scope],
            })]),
        ["等次"] = Rows(["等次", "等次英文", "最低分"], [.. s.Grades.Select(g => new object?[] { g.Chinese, g.English, g.From })]),
        ["填写说明"] = Rows(["工作表", "怎么填"],
        [
            ["基本设置", "各项都要填写；缺项折算不填按“否”。日期写成 2026-12-31 这样，须在考核年度内或次年 1 月。"],
            ["考核板块", "每个板块一行；编号用字母、数字或下划线，考核项目按编号归入板块。每个板块至少要有一个项目。"],
            ["考核项目", "每个项目一行。来源：计算（由系统按计算公式从全年数据算出）、录入（办公室在审核时录入，如县委评分）、自评（联络组自评并说明，办公室审核）。"],
            ["考核项目", "计算公式只有来源为“计算”的项目填写，可填：计划按时报送、年度报告按时发布、进展报告篇数、任务按时完成率、人均核实记录、达到基本要求人数比例、出席率、常委会测评均分、群众评议满意率。"],
            ["考核项目", "进展报告篇数、人均核实记录须填目标（达到目标得满分）；计划按时报送、年度报告按时发布须填截止日期；其他项目这两列留空。"],
            ["考核项目", "适用：全部（不填同此）、乡镇、部门（县直机关）。"],
            ["等次", "每个等次一行，达到最低分即为该等次；最低的等次也用于低于其最低分的情况。"],
            ["", "在与机器人的对话中发送本工作簿即可导入；考核审定前可重新发送以替换方案。"],
        ]),
    };

    public static Dictionary<string, object> EnglishSheets(AssessmentScheme s) => new()
    {
        ["settings"] = Rows(["item", "value", "note"],
        [
            ["year", s.Year, "the work year this scheme assesses"],
            ["title", s.Title, "the scheme's name, shown on the groups' assessment cards"],
            ["deadline", Date(s.Deadline), "the last day for the groups' self-evaluation; may be in the next January"],
            ["bonus_cap", s.BonusCap, "the most the bonus for commended work may add; 0 for no bonus"],
            ["rescale_missing", s.RescaleMissing ? "yes" : "no", "yes: a group an item does not apply to (an agency, for the county party committee's score) has its sum rescaled to full marks; no: it is out of fewer points"],
            ["commended", s.Commended, "how many top groups are commended; ties are all commended"],
        ]),
        ["sections"] = Rows(["code", "name", "name_en"], [.. s.Sections.Select(x => new object?[] { x.Code, x.Chinese, x.English })]),
        ["items"] = Rows(["code", "section", "name", "name_en", "max", "source", "formula", "target", "by", "scope"],
            [.. s.Items.Select(i => new object?[]
            {
                i.Code, i.Section, i.Chinese, i.English, i.Max, i.Source.ToString().ToLowerInvariant(), i.Formula is { } f ? FormulaNames[f].English : null,
                i.Target, i.By is { } by ? Date(by) : null, i.Scope.ToString().ToLowerInvariant(),
            })]),
        ["grades"] = Rows(["grade", "grade_en", "from"], [.. s.Grades.Select(g => new object?[] { g.Chinese, g.English, g.From })]),
        ["how to fill in"] = Rows(["sheet", "how"],
        [
            ["settings", "Every item is needed; rescale_missing blank means no. Write dates like 2026-12-31, in the assessed year or the January after it."],
            ["sections", "One row per section; codes are letters, digits or underscores, and items name their section by its code. Every section needs an item."],
            ["items", "One row per item. source: computed (from the year's data by the formula), entered (by the secretariat in the review, like the county party committee's score), claimed (by the group with a statement, checked by the secretariat)."],
            ["items", "Only computed items have a formula: plan_filed_by, annual_report_by, progress_reports, tasks_on_time, records_per_member, members_meeting_minimums, attendance, scoring_mean, supervision_share."],
            ["items", "progress_reports and records_per_member need a target (reaching it earns full points); plan_filed_by and annual_report_by need a by date; leave both empty for other items."],
            ["items", "scope: all (or blank), township, agency."],
            ["grades", "One row per grade; a group has the highest grade whose lower bound it reaches; the lowest grade is also for totals below its bound."],
            ["", "Attach this workbook in the bot's chat to load it; until the assessment is approved, attaching it again replaces the scheme."],
        ]),
    };

    /// <summary>The same scheme for another year, its dates moved with it (the bot's tests run in whatever year it is).</summary>
    public static AssessmentScheme In(int year) => ImportSchemeCommand.MovedTo(Expected, year);

    public static byte[] Workbook(AssessmentScheme scheme) => RulesTemplate.Workbook(Sheets(scheme));

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<Dictionary<string, object?>> Rows(string[] header, IEnumerable<object?[]> rows) => RulesTemplate.Rows(header, rows);
}
