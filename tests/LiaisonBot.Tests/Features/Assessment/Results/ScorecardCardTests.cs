using System.Text.Json.Nodes;
using LiaisonBot.Features.Assessment;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Results;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Assessment.Results;

/// <summary>城关镇's scorecard as its leader and the secretariat see it, against the hand-worked figures in <see cref="ResultsSamples"/>.</summary>
public sealed class ScorecardCardTests
{
    private static readonly Texts T = Texts.Chinese;

    private static (YearResults Year, JsonNode Card) Chengguan(AssessmentState state, bool forOffice = false)
    {
        var year = ResultsSamples.Results(state);
        return (year, ResultsJson.Of(ScorecardCard.Build(T, year, year.Of("T01")!, forOffice)));
    }

    [Fact]
    public void Scorecard_ShowsEveryItemsPointsOfItsMaximum_WithItsSourceAndFigure()
    {
        var (_, card) = Chengguan(AssessmentState.Open);
        var text = Sent.Text(card);

        Assert.Contains("城关镇联络组 · 2026年度考核", text);
        Assert.Contains("84.2", text); // 74.2 + the bonus's 10
        Assert.Contains("良好", text);
        Assert.Contains("计划任务按期完成", text);
        Assert.Contains("20 / 30 分", text); // adjusted from 24
        Assert.Contains("按数据计算 · 按时完成任务 12 项，共 15 项", text); // the figure in words
        Assert.Contains("本组自评 · 自评 8 分", text);
        Assert.Contains("自评说明：台账按月整理归档", text);
        Assert.Contains("办公室录入 · 录入 4.5 分", text);
        Assert.Contains("4.5 / 5 分", text);
        Assert.Contains("13.2 / 15 分", text);
        Assert.Contains("各项合计 74.2 / 100 分，加分 10，总分 84.2", text);
    }

    [Fact]
    public void Adjustments_ShowTheirReason_InTheAttentionColour()
    {
        var (_, card) = Chengguan(AssessmentState.Open);

        var item = Assert.Single(ResultsJson.Blocks(card, ResultsSamples.AdjustReason));
        Assert.Equal("办公室调整：24 → 20 分。理由：" + ResultsSamples.AdjustReason, (string?)item["text"]);
        Assert.Equal("Attention", (string?)item["color"]);
        var bonus = Assert.Single(ResultsJson.Blocks(card, "批示为市级领导所作"));
        Assert.Contains("6 → 5 分", (string?)bonus["text"]);
        Assert.Equal("Attention", (string?)bonus["color"]);
    }

    [Fact]
    public void Bonus_ListsEachEntryWithItsReason_AndSaysTheCapCutIt()
    {
        var (_, card) = Chengguan(AssessmentState.Open);
        var text = Sent.Text(card);

        Assert.Contains("加分（最多 10 分）", text);
        Assert.Contains("10 / 10 分", text);
        Assert.Contains("+5 分　调研报告获省委领导批示（本组申报）", text);
        Assert.Contains("+6 分　获评市级先进联络组（本组申报）", text);
        Assert.Contains("加分合计 11 分，超过上限，按 10 分计", text);
    }

    [Fact]
    public void Chart_SetsTheGroupBesideTheCountyAverage_BySection_WithATableForPhones()
    {
        var (year, card) = Chengguan(AssessmentState.Open);

        var chart = ResultsJson.Chart(card, "Chart.VerticalBar.Grouped");
        var series = chart["data"]!.AsArray();
        Assert.Equal(["城关镇联络组", "全县平均"], series.Select(s => (string)s!["legend"]!));
        var plan = series.Select(s => s!["values"]!.AsArray().Single(v => (string?)v!["x"] == "计划落实")!).ToList();
        Assert.Equal(20m, (decimal)plan[0]["y"]!);
        Assert.Equal(year.AverageOf("plan"), (decimal)plan[1]["y"]!);
        Assert.NotEqual(20m, year.AverageOf("plan"));
        // What iOS shows instead: the same numbers as a table, a row per section.
        var fallback = chart["fallback"]!;
        var cells = ResultsJson.All(fallback).Where(o => (string?)o["type"] == "TextBlock").Select(o => (string)o["text"]!).ToList();
        Assert.Contains("计划落实", cells);
        Assert.Contains("全县平均", cells);
        Assert.Contains(ScoreText.Number(year.AverageOf("plan")), cells);
    }

    [Fact]
    public void EachComputedItem_OpensToItsRecords()
    {
        var (_, card) = Chengguan(AssessmentState.Open);

        var buttons = Sent.Buttons(card).Where(b => (string?)b["verb"] == AssessmentVerbs.Figure).Select(b => b["data"]!).ToList();
        Assert.Equal(["S1", "S2", "P1", "O1", "O2", "C1", "M1"], buttons.Select(d => (string)d["item"]!));
        Assert.All(buttons, d => Assert.Equal(("2026", "T01"), ((string)d["year"]!, (string)d["group"]!)));
    }

    [Fact]
    public void BeforeApproval_NoRank_AndSaysSo_AfterIt_RankAndDecision()
    {
        var (_, open) = Chengguan(AssessmentState.Open);
        var (year, approved) = Chengguan(AssessmentState.Approved);

        Assert.Contains("尚未审定", Sent.Text(open));
        Assert.DoesNotContain("排名", Sent.Text(open));
        Assert.DoesNotContain(AssessmentVerbs.Ranking, Sent.Verbs(open));
        var text = Sent.Text(approved);
        Assert.Contains("已审定：县政协第十二届主席会议第8次会议（2027-01-07）", text);
        Assert.Contains($"{year.Of("T01")!.Rank}/24", text);
        Assert.Contains(AssessmentVerbs.Ranking, Sent.Verbs(approved));
    }

    [Fact]
    public void AnAgency_WithoutTheTownshipOnlyItem_IsRescaledToTheFullMaximum_AndSaysSo()
    {
        var year = ResultsSamples.Results(AssessmentState.Open);
        var agency = year.Cards.First(c => c.Group.Kind == LiaisonBot.App.GroupKind.Agency);

        var text = Sent.Text(ResultsJson.Of(ScorecardCard.Build(T, year, agency, forOffice: true)));

        Assert.DoesNotContain("县委对乡镇政协工作评分", text);
        Assert.Contains($"各项合计 {ScoreText.Number(agency.Sum)} / 95 分，折算为 {ScoreText.Number(agency.Scaled)} / 100 分", text);
        Assert.Equal(Math.Round(agency.Sum * 100 / 95, 1, MidpointRounding.AwayFromZero), agency.Scaled);
    }

    [Fact]
    public void TheSecretariat_GetsTheExport_ALeader_OnlyPrint()
    {
        var (_, leader) = Chengguan(AssessmentState.Open);
        var (_, office) = Chengguan(AssessmentState.Open, forOffice: true);

        Assert.DoesNotContain(AssessmentVerbs.Export, Sent.Verbs(leader));
        Assert.Contains(AssessmentVerbs.Print, Sent.Verbs(leader));
        Assert.Contains(AssessmentVerbs.Export, Sent.Verbs(office));
    }
}
