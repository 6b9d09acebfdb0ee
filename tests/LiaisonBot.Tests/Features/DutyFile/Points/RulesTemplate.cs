using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Reports;
using LiaisonBot.Localization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace LiaisonBot.Tests.Features.DutyFile.Points;

/// <summary>
/// The points rules template, samples/points-rules-2027.xlsx, with typical values from real committees. The tests check
/// that the committed file holds exactly <see cref="Expected"/>; run them with LIAISONBOT_WRITE_SAMPLES=1 to write it
/// again after a change here.
/// </summary>
public static class RulesTemplate
{
    public const string File = "points-rules-2027.xlsx";

    /// <summary>The same rules with English sheet names, headers and kinds, for a secretariat that works in English.</summary>
    public const string EnglishFile = "points-rules-2027.en.xlsx";

    public static PointsRules Expected { get; } = new(
        Year: 2027,
        Base: 0,
        YearCap: 120,
        CountSubmitted: false,
        Kinds:
        [
            new(ActivityKind.Research, 5, 2, 20),
            new(ActivityKind.Inspection, 3, 2, 15),
            new(ActivityKind.Consultation, 3, 2, 15),
            new(ActivityKind.Proposal, 10, 3, 25),
            new(ActivityKind.SocialConditions, 10, 3, 30),
            new(ActivityKind.Speech, 3, null, 10),
            new(ActivityKind.Study, 2, null, 10),
            new(ActivityKind.EnterpriseLiaison, 2, null, 10),
            new(ActivityKind.PublicLiaison, 2, null, 10),
            new(ActivityKind.Meeting, 2, null, 20),
            new(ActivityKind.Other, 1, null, 5),
        ],
        Tasks: new(3, 15),
        Attendance:
        [
            new(MeetingKind.Plenary, 5, null),
            new(MeetingKind.StandingCommittee, 3, null),
            new(MeetingKind.Consultation, 3, 15),
            new(MeetingKind.GroupActivity, 2, 20),
            new(MeetingKind.Study, 2, 10),
            new(MeetingKind.Research, 3, 15),
            new(MeetingKind.Other, 1, 5),
        ],
        Deductions: [new(DeductionKind.AbsenceExcused, 2), new(DeductionKind.AbsenceUnexcused, 5)],
        Grades: [new("优秀", "Excellent", 90), new("良好", "Good", 80), new("称职", "Competent", 60), new("不称职", "Not competent", 0)],
        Minimums: [new(null, 3), new(ActivityKind.Proposal, 1), new(ActivityKind.SocialConditions, 1)])
    {
        Supervision = [new(90, 5), new(80, 3), new(70, 1)],
    };

    private static readonly Dictionary<ActivityKind, string> KindNames = new()
    {
        [ActivityKind.Research] = "调研",
        [ActivityKind.Inspection] = "视察",
        [ActivityKind.Consultation] = "协商",
        [ActivityKind.Proposal] = "提案",
        [ActivityKind.SocialConditions] = "社情民意",
        [ActivityKind.Speech] = "发言",
        [ActivityKind.Study] = "学习",
        [ActivityKind.EnterpriseLiaison] = "联系企业",
        [ActivityKind.PublicLiaison] = "联系群众",
        [ActivityKind.Meeting] = "会议",
        [ActivityKind.Other] = "其他",
    };

    /// <summary>The template's sheets as rows of cells, header first: what the secretariat sees and may change.</summary>
    public static Dictionary<string, object> Sheets(PointsRules r) => new()
    {
        ["基本设置"] = Rows(["项目", "数值", "说明"],
        [
            ["年度", r.Year, "这套规则适用的工作年度"],
            ["基础分", r.Base, "每位委员的起始分：只加分的方案填 0，加减分的方案填 100"],
            ["年度积分上限", r.YearCap, "活动和计划任务一年最多加的分；不设上限则留空。扣分不受上限限制"],
            ["待核实计入", r.CountSubmitted ? "是" : "否", "填“是”时，尚未核实的活动记为暂计积分，单独显示"],
            ["按时完成计划任务", r.Tasks?.Points, "委员负责的计划任务按期完成，每项加分"],
            ["计划任务积分上限", r.Tasks?.Cap, "计划任务一年最多加的分"],
        ]),
        ["活动积分"] = Rows(["活动类型", "积分", "参与者积分", "年度上限"],
            [.. r.Kinds.Select(k => new object?[] { KindNames[k.Kind], k.Points, k.CoAuthorPoints, k.Cap })]),
        ["会议出席"] = Rows(["会议类型", "出席积分", "年度上限"],
            [.. r.Attendance.Select(a => new object?[] { a.Kind.Name(Texts.Chinese), a.Points, a.Cap })]),
        ["群众评议"] = Rows(["满意率不低于", "积分"], [.. r.Supervision.Select(s => new object?[] { s.AtLeast, s.Points })]),
        ["扣分"] = Rows(["扣分事项", "积分"],
            [.. r.Deductions.Select(d => new object?[] { d.Kind == DeductionKind.AbsenceExcused ? "请假缺席" : "无故缺席", d.Points })]),
        ["等次"] = Rows(["等次", "等次英文", "最低分"], [.. r.Grades.Select(g => new object?[] { g.Chinese, g.English, g.From })]),
        ["基本要求"] = Rows(["活动类型", "至少次数"], [.. r.Minimums.Select(m => new object?[] { m.Kind is { } k ? KindNames[k] : "全部活动", m.Count })]),
        ["填写说明"] = Rows(["工作表", "怎么填"],
        [
            ["基本设置", "年度必填；其余各项可留空（基础分按 0 计）。"],
            ["活动积分", "每类活动一行。积分给记录所属委员（提案为第一提案人）；参与者积分给记录中列出的其他委员，留空则不加分；年度上限留空则不设上限。"],
            ["会议出席", "每类会议一行（可不填此表）。委员出席已结束的会议，按组织者记录的出席情况加出席积分，计入年度积分上限；年度上限留空则不设上限。未列出的会议类型出席不加分。"],
            ["群众评议", "每个满意率档次一行（可不填此表）。委员在本年度已结束的群众评议中的满意率（满意和基本满意占表明态度者的比例）达到哪一档，就得该档积分：只取最高一档，每年一次，计入年度积分上限。评议份数少于该次评议的最少份数（默认 5 份）时不显示满意率，不计分。满意率写 90，或设为百分比格式的 90%。"],
            ["扣分", "会议结束时组织者记录的请假缺席、无故缺席，每次扣的分（任何类型的会议），写 2 或 -2 都按扣分处理。"],
            ["等次", "每个等次一行，达到最低分即为该等次；最低的等次也用于低于其最低分的情况。"],
            ["基本要求", "一年至少参加的活动次数；“全部活动”指任何类型的活动。只计已核实的活动。"],
            ["", "只有已核实的活动计分；同一委员同一天同类活动只计一次。修改规则后重新上传，全年积分随即重算。"],
        ]),
    };

    public static Dictionary<string, object> EnglishSheets(PointsRules r) => new()
    {
        ["settings"] = Rows(["item", "value", "note"],
        [
            ["year", r.Year, "the work year these rules are for"],
            ["base", r.Base, "where every member starts: 0 in schemes that only add, 100 in those that also deduct"],
            ["year_cap", r.YearCap, "the most activities and plan tasks may add in a year; blank for no cap. Deductions are not capped"],
            ["count_submitted", r.CountSubmitted ? "yes" : "no", "yes: activities not yet verified count as provisional points, shown apart"],
            ["task_points", r.Tasks?.Points, "points for each plan task a member owns and finishes by its due date"],
            ["task_cap", r.Tasks?.Cap, "the most plan tasks may add in a year"],
        ]),
        ["kinds"] = Rows(["kind", "points", "coauthor_points", "cap"],
            [.. r.Kinds.Select(k => new object?[] { k.Kind.Name(Texts.English), k.Points, k.CoAuthorPoints, k.Cap })]),
        ["attendance"] = Rows(["meeting_kind", "presence_points", "cap"],
            [.. r.Attendance.Select(a => new object?[] { a.Kind.Name(Texts.English), a.Points, a.Cap })]),
        ["supervision"] = Rows(["share_at_least", "points"], [.. r.Supervision.Select(s => new object?[] { s.AtLeast, s.Points })]),
        ["deductions"] = Rows(["deduction", "points"],
            [.. r.Deductions.Select(d => new object?[] { d.Kind == DeductionKind.AbsenceExcused ? "absence_excused" : "absence_unexcused", d.Points })]),
        ["grades"] = Rows(["grade", "grade_en", "from"], [.. r.Grades.Select(g => new object?[] { g.Chinese, g.English, g.From })]),
        ["minimums"] = Rows(["kind", "at_least"], [.. r.Minimums.Select(m => new object?[] { m.Kind is { } k ? k.Name(Texts.English) : "any", m.Count })]),
        ["how to fill in"] = Rows(["sheet", "how"],
        [
            ["settings", "The year is required; the other items may be blank (the base is then 0)."],
            ["kinds", "One row per kind. points go to the member whose record it is (a proposal's lead author); coauthor_points to each fellow member the record names (blank: none); cap is a yearly cap for the kind (blank: none)."],
            ["attendance", "One row per kind of meeting (the sheet may be left out). Being present at a closed meeting, as its organiser recorded it, earns presence_points, within the year cap; cap is a yearly cap for the kind (blank: none). Kinds not listed earn nothing."],
            ["supervision", "One row per satisfaction band (the sheet may be left out). A member's satisfaction share in the year's closed mass supervision campaigns (satisfied and mostly satisfied among those who gave an opinion) earns the points of the highest band it reaches, once a year, within the year cap. With fewer ballots than the campaign's minimum (5 unless set otherwise) no share is shown and nothing is earned. Write 90, or 90% in a cell formatted as a percentage."],
            ["deductions", "Points taken off for each absence the organiser recorded when a meeting closed, of any kind (absence_excused: on leave, absence_unexcused: without leave); 2 and -2 both take off 2."],
            ["grades", "One row per grade, in Chinese and English; a member has the highest grade whose lower bound they reach; the lowest grade is also for totals below its bound."],
            ["minimums", "How many verified activities a year at least; any = activities of any kind."],
            ["", "Only verified activities earn points; the same member's activity of one kind on one day counts once. Attach the changed workbook again and the year's points are recomputed."],
        ]),
    };

    public static byte[] Workbook(PointsRules rules) => Workbook(Sheets(rules));

    public static byte[] Workbook(Dictionary<string, object> sheets)
    {
        using var file = new MemoryStream();
        MiniExcel.SaveAs(file, sheets, printHeader: false, excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { FreezeRowCount = 1, AutoFilter = false });
        return file.ToArray();
    }

    public static List<Dictionary<string, object?>> Rows(string[] header, IEnumerable<object?[]> rows) =>
        [.. new[] { header.Cast<object?>().ToArray() }.Concat(rows).Select(cells =>
            cells.Select((cell, i) => (Key: $"c{i}", Value: cell)).ToDictionary(c => c.Key, c => c.Value))];
}
