using LiaisonBot.Features.Assessment;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Results;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Assessment.Results;

/// <summary>The ranking and a figure's records, as cards.</summary>
public sealed class RankingCardTests
{
    private static readonly Texts T = Texts.Chinese;

    [Fact]
    public void Ranking_ListsEveryGroup_TiesShareARank_AndTheNextSkips()
    {
        var year = ResultsSamples.Results(AssessmentState.Approved);
        var tied = year.Of("T02")!;

        var card = ResultsJson.Of(RankingCard.Build(T, year));

        Assert.Equal(tied.Total, year.Of("T03")!.Total);
        Assert.Equal(tied.Rank, year.Of("T03")!.Rank);
        var rows = ResultsJson.Blocks(card, "联络组　").Select(b => (string)b["text"]!).ToList();
        Assert.Equal(24, rows.Count);
        Assert.Contains(rows, r => r.StartsWith($"**并列{tied.Rank}**　河口镇联络组　{ScoreText.Number(tied.Total)}", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith($"**并列{tied.Rank}**　石桥镇联络组　", StringComparison.Ordinal));
        var next = year.Cards.First(c => c.Total < tied.Total);
        Assert.True(next.Rank > tied.Rank + 1, $"after a tie at {tied.Rank} comes {next.Rank}");
    }

    [Fact]
    public void Ranking_MarksAndNamesTheCommendedGroups()
    {
        var year = ResultsSamples.Results(AssessmentState.Approved);
        var commended = year.Cards.Where(c => c.Commended).ToList();

        var card = ResultsJson.Of(RankingCard.Build(T, year));

        Assert.Equal(3, commended.Count);
        Assert.Single(ResultsJson.Blocks(card, "受表彰：" + string.Join("、", commended.Select(c => c.Group.Name))));
        Assert.All(commended, c => Assert.Equal("Good", (string?)Assert.Single(ResultsJson.Blocks(card, $"　{c.Group.Name}　"))["color"]));
        Assert.Equal(3, ResultsJson.Blocks(card, "★ 受表彰").Count);
    }

    [Fact]
    public void Ranking_ChartsEveryTotal_WithATextChartForPhones()
    {
        var year = ResultsSamples.Results(AssessmentState.Approved);

        var chart = ResultsJson.Chart(ResultsJson.Of(RankingCard.Build(T, year)), "Chart.HorizontalBar");

        Assert.Equal(year.Cards.Select(c => c.Total), chart["data"]!.AsArray().Select(b => (decimal)b!["y"]!));
        Assert.Contains(ResultsJson.All(chart["fallback"]), o => ((string?)o["text"])?.Contains('█') == true);
    }

    [Fact]
    public void BeforeApproval_TheSecretariatsRanking_IsMarkedNotApproved()
    {
        var year = ResultsSamples.Results(AssessmentState.Open);

        var card = ResultsJson.Of(RankingCard.ForOffice(T, year));

        var text = Sent.Text(card);
        Assert.Contains("尚未审定，仅办公室可见", text);
        Assert.Contains("按目前得分拟表彰：", text);
        Assert.Contains(AssessmentVerbs.Export, Sent.Verbs(card));
        Assert.Contains(AssessmentVerbs.Scorecard, Sent.Verbs(card));
    }

    [Fact]
    public void Figure_ListsItsRecords_CountedOrNot_APageAtATime()
    {
        var year = ResultsSamples.Results(AssessmentState.Open);
        var card = year.Of("T01")!;
        var item = card.Items.Single(i => i.Item.Code == "O1");

        var first = ResultsJson.Of(FigureCard.Build(T, year, card, item, 0));
        var second = ResultsJson.Of(FigureCard.Build(T, year, card, item, 1));

        var text = Sent.Text(first);
        Assert.Contains("人均核实履职记录", text);
        Assert.Contains("人均核实记录 3 条（目标 4 条）", text);
        Assert.Contains("共 40 条记录，计入 36 条", text);
        Assert.Contains("第 1/2 页", text);
        Assert.Equal(FigureCard.PageSize, ResultsJson.Blocks(first, "：视察农村公路建设").Count);
        Assert.Equal(40 - FigureCard.PageSize, ResultsJson.Blocks(second, "：视察农村公路建设").Count);
        var late = Assert.Single(ResultsJson.Blocks(ResultsJson.Of(FigureCard.Build(T, year, card, card.Items.Single(i => i.Item.Code == "S2"), 0)), "不计入"));
        Assert.Equal("Attention", (string?)late["color"]);
        Assert.Equal("1", Sent.ActionData(first, AssessmentVerbs.Figure, FigureCard.PageKey));
        Assert.Equal("T01", Sent.ActionData(first, AssessmentVerbs.Scorecard, AssessmentVerbs.Group));
    }
}
