using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Features.DutyFile.Points;

namespace LiaisonBot.Tests.Features.Assessment.Figures;

/// <summary>
/// A scheme like the Standing Committee's (100 points plus a bonus of up to 10): every formula once, the county party
/// committee's score for townships only, a claimed item. Its numbers are the ones the hand-worked examples use.
/// </summary>
public static class FigureSchemes
{
    public static readonly IReadOnlyList<GradeBand> Grades =
        [new("优秀", "Excellent", 90), new("良好", "Good", 80), new("称职", "Competent", 60), new("不称职", "Not competent", 0)];

    public static AssessmentScheme Scheme(int year, bool rescale = true, decimal bonusCap = 10, int commended = 3) => new(
        year, $"{year}年度联络组工作考核", new DateOnly(year, 12, 31),
        [
            new("S1", "自身建设", "Self-building"),
            new("S2", "计划落实", "Plan delivery"),
            new("S3", "履职成果", "Duty output"),
            new("S4", "常委会测评", "Standing Committee's score"),
            new("S5", "县委评分", "County party committee's score"),
            new("S6", "群众评议", "Mass supervision"),
        ],
        [
            Computed("A1", "S1", "计划按时报送", "Plan filed on time", 5, ItemFormula.PlanFiledBy) with { By = new DateOnly(year, 3, 31) },
            Computed("A2", "S1", "年度总结按时发布", "Annual report posted on time", 5, ItemFormula.AnnualReportBy) with { By = new DateOnly(year + 1, 1, 15) },
            Computed("A3", "S1", "进展报告", "Progress reports", 5, ItemFormula.ProgressReports) with { Target = 4 },
            new("A4", "S1", "活动台账", "Activity ledger kept", 5, ItemSource.Claimed, ItemScope.All),
            Computed("B1", "S2", "任务按时完成", "Tasks done on time", 15, ItemFormula.TasksOnTime),
            Computed("B2", "S2", "会议出席", "Meeting attendance", 10, ItemFormula.Attendance),
            Computed("C1", "S3", "人均核实记录", "Verified records a member", 10, ItemFormula.RecordsPerMember) with { Target = 4 },
            Computed("C2", "S3", "达到基本要求", "Members meeting the minimums", 10, ItemFormula.MembersMeetingMinimums),
            Computed("D1", "S4", "常委会测评", "Standing Committee's score", 20, ItemFormula.ScoringMean),
            new("E1", "S5", "县委评分", "County party committee's score", 5, ItemSource.Entered, ItemScope.Township),
            Computed("F1", "S6", "群众满意率", "Satisfaction", 10, ItemFormula.SupervisionShare),
        ],
        bonusCap, rescale, commended, Grades);

    public static SchemeItem Computed(string code, string section, string chinese, string english, decimal max, ItemFormula formula) =>
        new(code, section, chinese, english, max, ItemSource.Computed, ItemScope.All) { Formula = formula };

    public static SchemeItem Item(int year, string code) => Scheme(year).Item(code)!;
}
