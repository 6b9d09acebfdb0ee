using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Features.Scoring;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Assessment.Figures;

/// <summary>
/// The formulas on what others gave the group, each on a hand-worked example against <see cref="FigureSchemes"/>: the
/// Standing Committee's mean total over the round's maximum (20 points), the satisfaction share in mass supervision (10).
/// </summary>
public sealed class CommitteeFormulaTests(SharedBotHost<CommitteeFormulaTests> shared) : IClassFixture<SharedBotHost<CommitteeFormulaTests>>, ISharedBotHost
{
    private readonly FiguresTesting seed = new(shared.ForNextTest());

    public static async Task<BotHost> StartAsync()
    {
        var host = await BotHost.StartAsync();
        await host.ImportRosterAsync();
        return host;
    }

    [Fact]
    public async Task TheScoringMean_OfTheYearsLastClosedRound_OverTheRoundsMaximum_NothingBelowK()
    {
        const int year = 2051;
        var closed = new DateTimeOffset(year, 12, 10, 10, 0, 0, TimeSpan.FromHours(8));
        // An earlier round of the year (replaced by the later one), a round still open, last year's round: none of them count.
        await seed.RoundAsync(year, ["T01"], 1, closed.AddDays(-30), [("T01", new Scores(10, 10, 10, 10))]);
        await seed.RoundAsync(year, ["T01", "T04"], 1, closed.AddDays(5), [("T01", new Scores(5, 5, 5, 5)), ("T04", new Scores(20, 20, 20, 20))], state: RoundState.Open);
        await seed.RoundAsync(year - 1, ["T04"], 1, closed.AddYears(-1), [("T04", new Scores(25, 25, 25, 25))]);
        // The round that counts (k = 3, 4 × 25 = 100): T01 totals 81, 86, 90; T02 two ballots; T03 none.
        await seed.RoundAsync(year, ["T01", "T02", "T03"], 3, closed,
        [
            ("T01", new Scores(20, 20, 20, 21)), ("T01", new Scores(21, 21, 22, 22)), ("T01", new Scores(22, 22, 23, 23)),
            ("T02", new Scores(25, 25, 25, 25)), ("T02", new Scores(25, 25, 25, 25)),
        ]);

        var t01 = await seed.ItemAsync(year, "T01", "D1");
        var t02 = await seed.ItemAsync(year, "T02", "D1");
        var t03 = await seed.ItemAsync(year, "T03", "D1");
        var t04 = await seed.ItemAsync(year, "T04", "D1");

        // Mean total 257 / 3 = 85.67 → 85.7 as the results show it; 85.7 / 100 × 20 = 17.14 → 17.1.
        Assert.Equal((17.1m, 85.7m, 100m), (t01.Points, t01.Have, t01.Of));
        Assert.Equal([(DateOnly.FromDateTime(closed.DateTime), "n = 3 · 21.0 · 21.0 · 21.7 · 22.0", true)], t01.Evidence.Select(e => (e.Date, e.Text, e.Counts)));
        Assert.Equal((0m, 0m, 0m, Figure.Notes.TooFewBallots), (t02.Points, t02.Have, t02.Of, t02.Note));
        Assert.Equal(["n = 2 < k = 3"], t02.Evidence.Select(e => e.Text));
        Assert.Equal((0m, Figure.Notes.TooFewBallots), (t03.Points, t03.Note));
        Assert.Equal((0m, Figure.Notes.NoRound), (t04.Points, t04.Note));

        var item = FigureSchemes.Item(year, "D1");
        Assert.Equal("常委会测评平均 85.7 分（满分 100 分）", FigureText.Explain(Texts.Chinese, item, t01));
        Assert.Equal("Standing Committee mean score 85.7 of 100", FigureText.Explain(Texts.English, item, t01));
        Assert.Equal("常委会测评票数太少：不显示平均分，不计分", FigureText.Explain(Texts.Chinese, item, t02));
        Assert.Equal("没有已结束的常委会测评对本组评分", FigureText.Explain(Texts.Chinese, item, t04));
    }

    [Fact]
    public async Task TheSatisfactionShare_OfTheYearsClosedCampaigns_PageAndPaperTogether_NothingBelowK()
    {
        const int year = 2052;
        var closed = new DateTimeOffset(year, 11, 20, 10, 0, 0, TimeSpan.FromHours(8));
        // Campaign 1 (k = 5): T01 on the page S S S M N U, on paper S 4 M 2 N 1; T02 on the page S S S S (4 answers).
        await seed.CampaignAsync(year, "上半年群众评议", 5, closed.AddMonths(-5), new Dictionary<string, string> { ["T01"] = "SSSMNU", ["T02"] = "SSSS" },
            new Dictionary<string, string> { ["T01"] = "S=4;M=2;N=1;U=0" });
        // Campaign 2 (k = 10): T01 S S N.
        await seed.CampaignAsync(year, "年度群众评议", 10, closed, new Dictionary<string, string> { ["T01"] = "SSN" });
        await seed.CampaignAsync(year - 1, "去年的评议", 1, closed.AddYears(-1), new Dictionary<string, string> { ["T03"] = "SSSSSSSSSSSS" });

        var t01 = await seed.ItemAsync(year, "T01", "F1");
        var t02 = await seed.ItemAsync(year, "T02", "F1");
        var t03 = await seed.ItemAsync(year, "T03", "F1");

        // T01: S 3 + 4 + 2 = 9, M 1 + 2 = 3, N 1 + 1 + 1 = 3, U 1: 16 answers ≥ k 10; (9 + 3) / (9 + 3 + 3) = 12 / 15 = 0.8 × 10 = 8.
        Assert.Equal((8m, 12m, 15m), (t01.Points, t01.Have, t01.Of));
        Assert.Equal(["上半年群众评议 · 10/12 (n = 13)", "年度群众评议 · 2/3 (n = 3)"], t01.Evidence.Select(e => e.Text));
        // T02: 4 answers, fewer than k = 5: no share shown (not even what the four said), no points.
        Assert.Equal((0m, 0m, 0m, Figure.Notes.TooFewAnswers), (t02.Points, t02.Have, t02.Of, t02.Note));
        Assert.Equal(["上半年群众评议 · n = 4 < k = 5"], t02.Evidence.Select(e => e.Text));
        Assert.Equal((0m, Figure.Notes.NoCampaign), (t03.Points, t03.Note));

        var item = FigureSchemes.Item(year, "F1");
        Assert.Equal("满意率 80%（15 份评价中 12 份满意或基本满意）", FigureText.Explain(Texts.Chinese, item, t01));
        Assert.Equal("Satisfaction 80% (12 of 15 opinions)", FigureText.Explain(Texts.English, item, t01));
        Assert.Equal("Too few answers in mass supervision: no share, no points", FigureText.Explain(Texts.English, item, t02));
    }
}
