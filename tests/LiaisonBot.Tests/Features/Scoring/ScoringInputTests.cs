using LiaisonBot.App;
using LiaisonBot.Features.Scoring;
using LiaisonBot.Features.Scoring.Ballots;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Scoring;

/// <summary>Hostile or mistaken scores: each gets a clear message in the scorer's language, or is a harmless repeat; nothing wrong is stored.</summary>
public sealed class ScoringInputTests : IAsyncLifetime
{
    private static readonly Member Leader = SampleRoster.Leader; // 高浩然, leader of 城关镇联络组 (T01)
    private static readonly Member Scorer = SampleRoster.Roster.ByCode("M009")!;

    private BotHost host = null!;
    private ScoringTesting s = null!;
    private TestUser leader = null!;
    private TestUser scorer = null!;
    private string id = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(ScoringTesting.Settings());
        await host.ImportRosterAsync();
        s = new ScoringTesting(host);
        leader = TestUser.Of(Leader, host);
        scorer = TestUser.Of(Scorer, host, "en-US");
        id = await s.OpenRoundAsync(ScoringTesting.RoundFields(groups: "T01,T02,T03,T04,T05"));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    public static readonly TheoryData<string, string> OutOfRange = new()
    {
        { "26", "Each score is a whole number from 0 to its maximum." },
        { "-1", "Each score is a whole number from 0 to its maximum." },
        { "12.5", "Each score is a whole number from 0 to its maximum." },
        { "二十", "Each score is a whole number from 0 to its maximum." },
        { "", "Fill in all four scores, or leave the whole group blank." },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task ABadScore_BringsThePageBack_WithTheMessage_NoValueShown_AndNothingSaved(string bad, string message)
    {
        var before = await ScoringTesting.SnapshotAsync(host, BallotBox.Table);
        var fields = new Dictionary<string, string> { [Criteria.FieldId("T02", Criterion.Methods)] = bad };

        var card = await s.SaveAsync(scorer, id, 0, new Dictionary<string, Scores> { ["T01"] = new(21, 22, 23, 24), ["T02"] = new(17, 18, 19, 20) }, fields);

        var text = Sent.Text(card);
        Assert.Contains(message, text);
        Assert.Contains("Nothing was saved; to keep your scores private they are not shown again", text);
        foreach (var value in new[] { "21", "22", "23", "24", "17", "18", bad.Length > 0 ? bad : "20" })
        {
            Assert.DoesNotContain($"\"value\":\"{value}\"", card.ToJsonString());
            Assert.DoesNotContain($"\"value\":{value}", card.ToJsonString());
        }

        Assert.Equal(before, await ScoringTesting.SnapshotAsync(host, BallotBox.Table));
    }

    [Fact]
    public async Task AScoreForAGroupNotInTheRound_IsRefused_AndNothingIsSaved()
    {
        var before = await ScoringTesting.SnapshotAsync(host, BallotBox.Table);

        var card = Sent.Text(await s.SaveAsync(scorer, id, 0, new Dictionary<string, Scores> { ["T01"] = new(20, 20, 20, 20), ["A09"] = new(25, 25, 25, 25) }));

        Assert.Contains("This card held scores for a group that is not on it. Nothing was saved.", card);
        Assert.Equal(before, await ScoringTesting.SnapshotAsync(host, BallotBox.Table));
    }

    [Fact]
    public async Task ALeader_CannotScoreTheirOwnGroup_EvenWithAForgedField()
    {
        var page = Sent.Text(await s.ExecuteAsync(leader, ScoringVerbs.Page, new { id, page = "0" }));
        Assert.DoesNotContain("城关镇联络组", page);

        var card = Sent.Text(await s.SaveAsync(leader, id, 0, new Dictionary<string, Scores> { ["T01"] = new(25, 25, 25, 25), ["T02"] = new(20, 20, 20, 20) }));

        Assert.Contains("组长不给本组打分，本页未保存。", card);
        Assert.DoesNotContain(await host.RowsAsync(BallotBox.Table), r => r.RowKey != BallotBoxKeys.Gate);
    }

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

    [Theory]
    [InlineData("99")]
    [InlineData("-1")]
    [InlineData("x")]
    public async Task AForgedPageNumber_ShowsTheScorersCard_AndSavesNothing(string page)
    {
        var card = Sent.Text(await s.ExecuteAsync(scorer, ScoringVerbs.Save, new Dictionary<string, string>
        {
            [ScoringVerbs.Id] = id, [ScoringVerbs.PageNumber] = page, [Criteria.FieldId("T02", Criterion.Ideas)] = "20",
        }));

        Assert.Contains("You have scored 0 of 5 groups.", card);
        Assert.DoesNotContain(await host.RowsAsync(BallotBox.Table), r => r.RowKey != BallotBoxKeys.Gate);
    }
}
