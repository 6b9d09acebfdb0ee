using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Reports;
using LiaisonBot.Features.Scoring;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Features.Scoring;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Assessment.Figures;

/// <summary>
/// Figures follow the data only while the year's assessment is open: never before it opens, never after approval (the
/// approved result is frozen), for a group whose records changed and for the year on the secretariat's recompute.
/// Every test has a year of its own, so they share one bot.
/// </summary>
public sealed class FigureRecomputeTests(SharedBotHost<FigureRecomputeTests> shared) : IClassFixture<SharedBotHost<FigureRecomputeTests>>, ISharedBotHost
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly BotHost host = shared.ForNextTest();

    private FiguresTesting Seed => new(host);

    public static async Task<BotHost> StartAsync()
    {
        var host = await BotHost.StartAsync(ScoringTesting.Settings());
        await host.ImportRosterAsync();
        return host;
    }

    [Fact]
    public async Task AYearNotOpen_IsNeitherComputedNorStored_ByTheRecomputeOrByAChange()
    {
        const int year = 2061;
        await Seed.AssessmentAsync(FigureSchemes.Scheme(year), AssessmentState.Scheme);
        await Seed.ReportAsync(year, "M004", ReviewState.Verified, "调研农村养老"); // the change is announced

        Assert.Equal(0, await Seed.Figures.RecomputeYearAsync(year, None));
        Assert.Equal(0, await Seed.Figures.RecomputeYearAsync(year + 100, None)); // no assessment at all
        await Task.Delay(TimeSpan.FromMilliseconds(500)); // the listener's delay is 0.1 s here
        Assert.All(await Seed.Store.GroupsAsync(year, None), g => Assert.Null(g.Figures));
    }

    [Fact]
    public async Task AnOpenYear_IsStoredForEveryGroup_AndAChangedRecord_RefreshesItsGroupAlone()
    {
        const int year = 2062;
        await Seed.AssessmentAsync(FigureSchemes.Scheme(year), AssessmentState.Open);
        Assert.Equal(24, await Seed.Figures.RecomputeYearAsync(year, None));
        var before = await host.SnapshotAsync(AssessmentStore.GroupTable);
        Assert.Equal(0m, await RecordsAsync(year, "T01"));

        await Seed.ReportAsync(year, "M004", ReviewState.Verified, "调研农村养老");
        await Seed.ReportAsync(year, "M005", ReviewState.Verified, "视察养老服务");

        // 2 verified records over 6 members: 0.33 → 0.3 a member.
        await Eventually.HoldsAsync(async () => await RecordsAsync(year, "T01") == 0.3m, "the group's figures recomputed");
        var after = await host.SnapshotAsync(AssessmentStore.GroupTable);
        Assert.Single(after.Except(before), row => row.Contains($"/{year}/T01/"));
    }

    [Fact]
    public async Task AnApprovedYear_IsFrozen_NeitherTheRecomputeNorAChangeMovesIt()
    {
        const int year = 2063;
        await Seed.AssessmentAsync(FigureSchemes.Scheme(year), AssessmentState.Open);
        await Seed.ReportAsync(year, "M004", ReviewState.Verified, "调研农村养老");
        Assert.Equal(24, await Seed.Figures.RecomputeYearAsync(year, None));
        await Seed.SetStateAsync(year, AssessmentState.Approved);
        var frozen = await host.SnapshotAsync(AssessmentStore.GroupTable);

        await Seed.ReportAsync(year, "M005", ReviewState.Verified, "视察养老服务");
        Assert.Equal(0, await Seed.Figures.RecomputeYearAsync(year, None));
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        Assert.Equal(frozen, await host.SnapshotAsync(AssessmentStore.GroupTable));
        Assert.Equal(0.2m, await RecordsAsync(year, "T01")); // 1 of 6, as approved
    }

    [Fact]
    public async Task ClosingAScoringRound_RefreshesTheOpenYearsFigures()
    {
        var scoring = new ScoringTesting(host);
        var year = ReportSamples.Calendar.WorkYear;
        await Seed.AssessmentAsync(FigureSchemes.Scheme(year), AssessmentState.Open);
        var id = await scoring.OpenRoundAsync(ScoringTesting.RoundFields(groups: "T02", k: 5));
        var scores = new[] { 18, 19, 20, 21, 22 }; // totals 72 to 88: a mean of 80
        foreach (var (scorer, score) in ScoringTesting.StandingCommittee.Where(m => m.GroupCode != "T02").Zip(scores))
        {
            await scoring.SaveAsync(TestUser.Of(scorer, host), id, 0, new Dictionary<string, Scores> { ["T02"] = new(score, score, score, score) });
        }

        await scoring.ExecuteAsync(scoring.Office, ScoringVerbs.CloseConfirm, new Dictionary<string, string> { [ScoringVerbs.Id] = id });

        // The round's mean 80 of 100 × 20 = 16, stored without anyone asking for a recompute.
        await Eventually.HoldsAsync(async () => (await Seed.Store.GroupAsync(year, "T02", None))?.ReadFigures()?.For("D1")?.Points == 16m, "the figures follow the close");
    }

    private async Task<decimal?> RecordsAsync(int year, string group) =>
        (await Seed.Store.GroupAsync(year, group, None))?.ReadFigures()?.For("C1")?.Have;
}
