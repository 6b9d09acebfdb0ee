using LiaisonBot.App;
using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Results;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Assessment.Results;

/// <summary>
/// A year of the sample committee's assessment built straight from a scheme, the roster's 24 groups, figures and entries
/// (no figures or process code needed): 城关镇 (T01) worked by hand below, 河口镇 (T02) and 石桥镇 (T03) tied, an agency
/// rescaled, every source, a claim, an entered score, adjustments with reasons and a bonus over its cap.
/// </summary>
public static class ResultsSamples
{
    public const int Year = 2026;

    public static readonly AssessmentScheme Scheme = new(Year, "2026年度联络组考核方案", new DateOnly(Year, 12, 31),
        [
            new("self", "自身建设", "Self-building"),
            new("plan", "计划落实", "Plan delivery"),
            new("output", "履职成果", "Duty output"),
            new("sc", "常委会测评", "Standing Committee's score"),
            new("county", "县委评分", "County party committee's score"),
            new("mass", "群众评议", "Mass supervision"),
        ],
        [
            new("S1", "self", "年度计划按时报送", "Plan filed on time", 5, ItemSource.Computed, ItemScope.All) { Formula = ItemFormula.PlanFiledBy, By = new(Year, 1, 31) },
            new("S2", "self", "年度工作总结按时发布", "Annual report posted on time", 5, ItemSource.Computed, ItemScope.All) { Formula = ItemFormula.AnnualReportBy, By = new(Year, 12, 20) },
            new("S3", "self", "活动台账规范完整", "Activity ledger kept", 10, ItemSource.Claimed, ItemScope.All),
            new("P1", "plan", "计划任务按期完成", "Plan tasks done on time", 30, ItemSource.Computed, ItemScope.All) { Formula = ItemFormula.TasksOnTime },
            new("O1", "output", "人均核实履职记录", "Verified records per member", 12, ItemSource.Computed, ItemScope.All) { Formula = ItemFormula.RecordsPerMember, Target = 4 },
            new("O2", "output", "委员达到年度基本要求", "Members meeting the minimums", 8, ItemSource.Computed, ItemScope.All) { Formula = ItemFormula.MembersMeetingMinimums },
            new("C1", "sc", "常委会测评平均分", "Standing Committee's mean score", 15, ItemSource.Computed, ItemScope.All) { Formula = ItemFormula.ScoringMean },
            new("K1", "county", "县委对乡镇政协工作评分", "County party committee's score", 5, ItemSource.Entered, ItemScope.Township),
            new("M1", "mass", "群众评议满意率", "Satisfaction in mass supervision", 10, ItemSource.Computed, ItemScope.All) { Formula = ItemFormula.SupervisionShare },
        ],
        BonusCap: 10, RescaleMissing: true, Commended: 3,
        [new GradeBand("优秀", "Excellent", 90), new GradeBand("良好", "Good", 80), new GradeBand("称职", "Competent", 60), new GradeBand("不称职", "Not competent", 0)]);

    public const string AdjustReason = "两项任务逾期三个月未报告进展";

    public static readonly DateTimeOffset At = new(Year, 12, 28, 2, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// 城关镇 by hand: S1 5 + S2 0 + S3 claimed 8 + P1 24 adjusted to 20 + O1 9 + O2 6 + C1 13.2 + K1 entered 4.5 + M1 8.5
    /// = 74.2; bonus 6 (adjusted to 5) + 6 = 11, capped at 10; total 84.2, 良好.
    /// </summary>
    public static (GroupFigures Figures, GroupEntries Entries) Chengguan() => (
        new GroupFigures("T01",
        [
            new ItemFigure("S1", 5, 1, 1, [new Evidence(new(Year, 1, 20), "2026年度工作计划（1月20日发送）", true)]),
            new ItemFigure("S2", 0, 0, 1, [new Evidence(new(Year, 12, 26), "2026年度工作总结（12月26日发布，晚于12月20日）", false)]),
            new ItemFigure("P1", 24, 12, 15, [.. Enumerable.Range(1, 15).Select(n => new Evidence(new(Year, 1 + n % 12, 1 + n), $"任务{n}：走访企业听取意见", n <= 12))]),
            new ItemFigure("O1", 9, 3, 4, [.. Enumerable.Range(1, 40).Select(n => new Evidence(new(Year, 1 + n % 12, 1 + n % 27), $"履职记录{n}：视察农村公路建设", n % 10 != 0))]),
            new ItemFigure("O2", 6, 4.5m, 6, [new Evidence(null, "孙淑珍：已达到年度基本要求", true), new Evidence(null, "何思远：提案 0 件，未达到", false)]),
            new ItemFigure("C1", 13.2m, 35.2m, 40, []) { Note = null },
            new ItemFigure("M1", 8.5m, 85, 100, [new Evidence(new(Year, 11, 30), "2026年群众评议（满意 85%）", true)]),
        ], At),
        new GroupEntries(
            new Dictionary<string, Claim> { ["S3"] = new(8, "台账按月整理归档，共 46 次活动，均有照片和签到表。") },
            [new BonusEntry("b1", 6, "调研报告获省委领导批示"), new BonusEntry("b2", 6, "获评市级先进联络组")],
            new Dictionary<string, decimal> { ["K1"] = 4.5m },
            new Dictionary<string, Adjustment>
            {
                ["P1"] = new(20, AdjustReason, "S01", At),
                ["b1"] = new(5, "批示为市级领导所作，按市级计", "S01", At),
            }));

    /// <summary>Every other group: the same figures shifted by its place, so the ranking has a spread; 河口镇 and 石桥镇 identical, so tied.</summary>
    public static (GroupFigures Figures, GroupEntries Entries) Other(Group group, int place)
    {
        var shift = group.Code is "T02" or "T03" ? 1 : place;
        var items = new[] { ("S1", 5m), ("S2", 5m), ("P1", 30m), ("O1", 12m), ("O2", 8m), ("C1", 15m), ("M1", 10m) }
            .Select(x => new ItemFigure(x.Item1, Math.Max(0, x.Item2 - shift % 4), Math.Max(0, 10 - shift % 4), 10, [new Evidence(new(Year, 6, 1), $"{group.Name}的记录", true)]))
            .ToList();
        return (new GroupFigures(group.Code, items, At),
            new GroupEntries(new Dictionary<string, Claim> { ["S3"] = new(10 - shift % 3, "台账完整") }, [], group.Kind == GroupKind.Township ? new Dictionary<string, decimal> { ["K1"] = 4 } : new Dictionary<string, decimal>(),
                new Dictionary<string, Adjustment>()));
    }

    public static IEnumerable<(Group Group, GroupFigures Figures, GroupEntries Entries)> Groups(Committee roster) =>
        roster.Groups.Select((g, i) => g.Code == "T01" ? (g, Chengguan().Figures, Chengguan().Entries) : (g, Other(g, i).Figures, Other(g, i).Entries));

    public static AssessmentEntity Assessment(AssessmentState state, AssessmentScheme? scheme = null) => new()
    {
        RowKey = AssessmentEntity.Row((scheme ?? Scheme).Year),
        Scheme = AssessmentJson.Write(scheme ?? Scheme),
        SchemeFile = "2026年度联络组考核方案.xlsx",
        SchemeBy = "S01",
        SchemeAt = At.AddMonths(-1),
        State = state.ToString(),
        OpenedBy = state == AssessmentState.Scheme ? null : "S01",
        OpenedAt = state == AssessmentState.Scheme ? null : At.AddDays(-20),
        ApprovedBy = state == AssessmentState.Approved ? "S01" : null,
        ApprovedAt = state == AssessmentState.Approved ? At.AddDays(10) : null,
        Decision = state == AssessmentState.Approved ? "县政协第十二届主席会议第8次会议" : null,
        DecisionDate = state == AssessmentState.Approved ? "2027-01-07" : null,
    };

    /// <summary>The year as the results read it, for the sample roster (or any other).</summary>
    public static YearResults Results(AssessmentState state, Committee? roster = null)
    {
        var cards = Groups(roster ?? SampleRoster.Roster).Select(g => Scorecard.Of(Scheme, g.Group, g.Figures, g.Entries));
        return new YearResults(Assessment(state), Scheme, Ranking.Rank(cards, Scheme.Commended));
    }

    /// <summary>The same year written through <see cref="AssessmentStore"/>, as the process leaves it.</summary>
    public static async Task SeedAsync(AssessmentStore store, AssessmentState state, int year = Year, Committee? roster = null)
    {
        var groups = Groups(roster ?? SampleRoster.Roster).ToList();
        Assert.True(await store.TryAddAsync(Assessment(state, Scheme with { Year = year }), CancellationToken.None));
        await store.AddGroupsAsync(year, groups.Select(g => g.Group.Code), CancellationToken.None);
        foreach (var (group, figures, entries) in groups)
        {
            await store.SaveFiguresAsync(year, figures, CancellationToken.None);
            await store.ChangeGroupAsync(year, group.Code, row =>
            {
                row.Write(entries);
                return true;
            }, CancellationToken.None);
        }
    }
}
