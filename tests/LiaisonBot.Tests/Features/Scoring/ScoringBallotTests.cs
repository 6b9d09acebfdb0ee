using LiaisonBot.App;
using LiaisonBot.Features.Roster;
using LiaisonBot.Features.Scoring;
using LiaisonBot.Features.Scoring.Ballots;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Scoring;

/// <summary>Scores that are saved, repeated, forged or too late: stored once each, as the caller's, and never after the close.</summary>
/// <remarks>Each test saves scores or closes the round, so each starts its own bot (the one <see cref="ScoringInputTests"/> shares).</remarks>
public sealed class ScoringBallotTests : IAsyncLifetime
{
    private BotHost host = null!;
    private ScoringTesting s = null!;
    private TestUser scorer = null!;
    private readonly string id = ScoringInputTests.RoundId;

    public async Task InitializeAsync()
    {
        host = await ScoringInputTests.StartAsync();
        s = new ScoringTesting(host);
        scorer = TestUser.Of(ScoringInputTests.Scorer, host, "en-US");
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task AForgedScorerInTheCardData_IsIgnored_TheScoresAreTheCallers()
    {
        var forged = new Dictionary<string, string> { ["scorer"] = "M012", ["memberCode"] = "M012", ["from"] = "M012" };

        await s.SaveAsync(scorer, id, 0, new Dictionary<string, Scores> { ["T02"] = new(20, 20, 20, 20) }, forged);

        var rows = (await host.RowsAsync(BallotBox.Table)).Select(r => r.RowKey).Where(k => k != BallotBoxKeys.Gate).Order().ToList();
        Assert.Equal(["p.M009.T02", "s.M009"], rows);
    }

    [Fact]
    public async Task TheSameSubmissionTwice_IsOneBallot_AndAChangeReplacesIt()
    {
        var scores = new Dictionary<string, Scores> { ["T02"] = new(20, 20, 20, 20), ["T03"] = new(15, 15, 15, 15) };
        var first = Sent.Text(await s.SaveAsync(scorer, id, 0, scores));
        var second = Sent.Text(await s.SaveAsync(scorer, id, 0, scores));
        await s.SaveAsync(scorer, id, 0, new Dictionary<string, Scores> { ["T02"] = new(5, 5, 5, 5) });

        Assert.Equal(first, second);
        Assert.Equal(2, (await host.RowsAsync(BallotBox.Table)).Count(r => r.RowKey.StartsWith("p.M009.", StringComparison.Ordinal)));
        await s.ExecuteAsync(s.Office, ScoringVerbs.CloseConfirm, new { id });
        var ballots = await host.RowsAsync(BallotStore.Table);
        Assert.Equal(2, ballots.Count);
        Assert.Equal(5, ballots.Single(b => b.GetString("Group") == "T02").GetInt32("Ideas"));
        Assert.Equal(15, ballots.Single(b => b.GetString("Group") == "T03").GetInt32("Ideas"));
    }

    [Fact]
    public async Task ManyScorersSavingAtOnce_AreAllRecorded_OnceEach()
    {
        var many = ScoringTesting.StandingCommittee.Where(m => !m.Has(Roles.Leader)).Take(12).Select(m => TestUser.Of(m, host)).ToList();

        var cards = await Task.WhenAll(many.Select((u, i) => s.SaveAsync(u, id, 0, new Dictionary<string, Scores> { ["T02"] = new(i, 10, 10, 10) })));

        Assert.All(cards, c => Assert.Contains("的评分已记录", Sent.Text(c), StringComparison.Ordinal));
        Assert.Equal(12, (await host.RowsAsync(BallotBox.Table)).Count(r => r.RowKey.EndsWith(".T02", StringComparison.Ordinal)));
        await s.ExecuteAsync(s.Office, ScoringVerbs.CloseConfirm, new { id });
        Assert.Equal(Enumerable.Range(0, 12), (await host.RowsAsync(BallotStore.Table)).Select(b => b.GetInt32("Ideas")!.Value).Order());
    }

    [Fact]
    public async Task StorageRefusesASecondParticipationRow()
    {
        await s.SaveAsync(scorer, id, 0, new Dictionary<string, Scores> { ["T02"] = new(20, 20, 20, 20) });
        var tables = host.Services.GetRequiredService<LiaisonBot.Storage.Tables>();

        var refused = await Assert.ThrowsAsync<Azure.RequestFailedException>(() =>
            tables[BallotBox.Table].AddEntityAsync(new ParticipationEntity { PartitionKey = id, RowKey = BallotBoxKeys.Participation("M009", "T02") }));

        Assert.Equal(409, refused.Status);
    }

    [Fact]
    public async Task AClosedRound_TakesNoScores()
    {
        await s.ExecuteAsync(s.Office, ScoringVerbs.CloseConfirm, new { id });

        var card = Sent.Text(await s.SaveAsync(scorer, id, 0, new Dictionary<string, Scores> { ["T02"] = new(20, 20, 20, 20) }));

        Assert.Contains("This round closed on", card);
        Assert.Contains("can no longer be given or changed", card);
        Assert.DoesNotContain(await host.RowsAsync(BallotBox.Table), r => r.RowKey != BallotBoxKeys.Gate);
        Assert.Empty(await host.RowsAsync(BallotStore.Table));
    }
}
