using LiaisonBot.App;
using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Results;
using LiaisonBot.Features.ChannelReports;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Reports;
using LiaisonBot.Features.Scoring;
using LiaisonBot.Tests.Infrastructure;
using static LiaisonBot.Tests.Features.Assessment.Figures.FiguresTesting;

namespace LiaisonBot.Tests.Features.Assessment.Figures;

/// <summary>
/// A whole year for the sample roster's 24 groups (15 townships, 9 agencies), seeded record by record in each feature's
/// own store from a pattern on the group's place i and the member's place j, then computed, stored and scored.
/// </summary>
public sealed class FigureYearTests : IAsyncLifetime
{
    private const int Year = 2071;
    private BotHost host = null!;
    private FiguresTesting seed = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync();
        await host.ImportRosterAsync();
        seed = new FiguresTesting(host);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task AFullYear_Of24Groups_ComputesEveryItem_AndScoresAndRanksThem()
    {
        var scheme = FigureSchemes.Scheme(Year);
        // Seeded before the year opens, so the listener leaves it alone and the recompute below is the one that counts.
        await seed.AssessmentAsync(scheme, AssessmentState.Scheme);
        await SeedAsync();
        await seed.OpenAsync(Year);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(24, await seed.Figures.RecomputeYearAsync(Year, CancellationToken.None));
        // The secretariat's recompute is answered within Teams' 15 seconds (about 1.6 s here on Azurite).
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"recompute took {watch.Elapsed}");

        var year = (await seed.Get<AssessmentResults>().ForYearAsync(Year, CancellationToken.None))!;
        Assert.Equal(24, year.Cards.Count);
        Assert.All(year.Cards, c => Assert.Equal(9, c.Items.Count(i => i.Figure is not null)));

        // T01 (i = 0; M001–M006, j = 0–5) by hand: plan 10 March 5; tasks 0 of 4 on time 0; annual report 10 January 5;
        // progress 0 of 4: 0; records 0+1+2+3+4+0 = 10, 10 / 24 × 10 = 4.17 → 4.2; minimums met by j = 3, 4: 2 of 6 → 3.3;
        // present but j = 0, 4: 4 of 6 → 6.7; scoring mean 60 of 100 × 20 = 12; satisfied 5 of 5: 10. Computed 46.2, + claimed 3
        // + entered 4 = 53.2 of 100; bonus 6 + 7 capped at 10: 63.2, 称职.
        var t01 = year.Of("T01")!;
        Assert.Equal([5m, 5m, 0m, 0m, 6.7m, 4.2m, 3.3m, 12m, 10m], Computed(t01)); // A1 A2 A3 B1 B2 C1 C2 D1 F1
        Assert.Equal((53.2m, 10m, 63.2m, "称职"), (t01.Sum, t01.BonusPoints, t01.Total, t01.Grade!.Chinese));

        // A01 (i = 15; M067–M074, j = 0–7): plan 5 April, late 0; tasks 0; annual report on time 5; progress 0; records
        // 0+1+2+3+4+0+1+2 = 13, 13 / 32 × 10 = 4.06 → 4.1; minimums j = 3, 4: 2 of 8 → 2.5; leave for j = 1, 5: 6 of 8 → 7.5;
        // scoring mean 80 → 16; satisfied 5 of 6 → 8.3. Computed 43.4 + claimed 3 = 46.4 of 95, rescaled × 100 / 95 = 48.84 → 48.8.
        var a01 = year.Of("A01")!;
        Assert.Equal([0m, 5m, 0m, 0m, 7.5m, 4.1m, 2.5m, 16m, 8.3m], Computed(a01));
        Assert.Equal((46.4m, 95m, 48.8m, 48.8m, "不称职"), (a01.Sum, a01.Max, a01.Scaled, a01.Total, a01.Grade!.Chinese));

        // A09 had two ballots, fewer than k = 3: no mean, no points.
        Assert.Equal((0m, Figure.Notes.TooFewBallots), (year.Of("A09")!.Items.Single(i => i.Item.Code == "D1").Points, year.Of("A09")!.Items.Single(i => i.Item.Code == "D1").Figure!.Note));

        // Ranked by total, ties sharing a rank; the groups within the top 3 ranks are commended.
        var ranked = year.Cards.OrderBy(c => c.Rank).ToList();
        Assert.Equal(ranked.Select(c => c.Total), ranked.Select(c => c.Total).OrderDescending());
        Assert.All(year.Cards, c => Assert.Equal(1 + year.Cards.Count(o => o.Total > c.Total), c.Rank));
        Assert.All(year.Cards, c => Assert.Equal(c.Rank <= 3, c.Commended));

        // Stored in the group's row, and read back whole.
        var stored = (await seed.Store.GroupAsync(Year, "T01", CancellationToken.None))!.ReadFigures()!;
        Assert.Equal(Computed(t01), scheme.ItemsFor(GroupKind.Township).Where(i => i.Formula is not null).Select(i => stored.For(i.Code)!.Points));
        Assert.Equal(6, stored.For("C1")!.Evidence.Count);
    }

    private static IEnumerable<decimal> Computed(Scorecard card) => card.Items.Where(i => i.Figure is not null).Select(i => i.Points);

    /// <summary>The year's records of group i, member j: see the hand-worked examples above for what each gives.</summary>
    private async Task SeedAsync()
    {
        var groups = SampleRoster.Roster.Groups;
        var ballots = new List<(string Group, Scores Scores)>();
        var page = new Dictionary<string, string>();
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i].Code;
            var members = SampleRoster.Roster.MembersOf(group).ToList();
            await seed.PlanAsync(Year, group, i % 2 == 0 ? Day(Year, 3, 10) : Day(Year, 4, 5));
            await seed.TasksAsync(Year, group, [.. Enumerable.Range(1, 4).Select(n => new PlanTask($"{n}", $"任务{n}", Day(Year, 6, 30), n <= i % 5 ? Day(Year, 6, 20) : Day(Year, 7, 10)))]);
            if (i % 3 != 2)
            {
                await seed.ChannelReportAsync(Year, group, GroupReportKind.Annual, $"{Year}年度工作总结", i % 3 == 0 ? Day(Year + 1, 1, 10) : Day(Year + 1, 1, 20));
            }

            for (var n = 0; n < i % 5; n++)
            {
                await seed.ChannelReportAsync(Year, group, GroupReportKind.Progress, $"第{n + 1}次进展", Day(Year, 2 + (2 * n), 28));
            }

            for (var j = 0; j < members.Count; j++)
            {
                for (var n = 0; n < (i + j) % 5; n++)
                {
                    await seed.ReportAsync(Year, members[j].Code, ReviewState.Verified, $"调研{n}", day: n);
                }
            }

            await seed.DutyPointsAsync(Year, group, [.. members.Select((m, j) => (m.Code, (i + j) % 5 >= 3))]);
            await seed.MeetingAsync(Year, $"m-{group}", Day(Year, 9, 1),
                [.. members.Select((m, j) => (m.Code, (i + j) % 4 == 0 ? AttendanceOutcome.Excused : AttendanceOutcome.Present))]);
            var b = 15 + (i % 10);
            ballots.AddRange(Enumerable.Repeat((group, new Scores(b, b, b, b)), i == groups.Count - 1 ? 2 : 3));
            page[group] = "SSSSS" + new string('N', i % 2) + new string('M', i % 3);
            await seed.Store.ChangeGroupAsync(Year, group, row =>
            {
                row.Write(new GroupEntries(
                    new Dictionary<string, Claim> { ["A4"] = new(3, "台账齐全") },
                    group == "T01" ? [new("b1", 6, "获县委表彰"), new("b2", 7, "调研报告获批示")] : [],
                    groups[i].Kind == GroupKind.Township ? new Dictionary<string, decimal> { ["E1"] = 4 } : new Dictionary<string, decimal>(),
                    new Dictionary<string, Adjustment>()));
                return true;
            }, CancellationToken.None);
        }

        var closed = new DateTimeOffset(Year, 12, 15, 10, 0, 0, TimeSpan.FromHours(8));
        await seed.RoundAsync(Year, groups.Select(g => g.Code), 3, closed, ballots);
        await seed.CampaignAsync(Year, $"{Year}年度群众评议", 5, closed, page);
    }
}
