using LiaisonBot.App;
using LiaisonBot.Features.Scoring;
using LiaisonBot.Features.Scoring.Ballots;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Scoring;

/// <summary>Hostile or mistaken scores: each gets a clear message in the scorer's language, or is a harmless repeat; nothing wrong is stored.</summary>
/// <remarks>
/// The tests share one bot with an open round: each asserts that nothing was saved, so none disturbs the next. Scores
/// that are saved are in <see cref="ScoringBallotTests"/>.
/// </remarks>
public sealed class ScoringInputTests : IClassFixture<SharedBotHost<ScoringInputTests>>, ISharedBotHost
{
    public static readonly Member Leader = SampleRoster.Leader; // 高浩然, leader of 城关镇联络组 (T01)
    public static readonly Member Scorer = SampleRoster.Roster.ByCode("M009")!;
    public static readonly string RoundId = Guid.NewGuid().ToString("N");

    private readonly BotHost host;
    private readonly ScoringTesting s;
    private readonly TestUser leader;
    private readonly TestUser scorer;
    private readonly string id = RoundId;

    public ScoringInputTests(SharedBotHost<ScoringInputTests> shared)
    {
        host = shared.ForNextTest();
        s = new ScoringTesting(host);
        leader = TestUser.Of(Leader, host);
        scorer = TestUser.Of(Scorer, host, "en-US");
    }

    /// <summary>The bot with the sample roster and a round open for five groups.</summary>
    public static async Task<BotHost> StartAsync()
    {
        var host = await BotHost.StartAsync(ScoringTesting.Settings());
        await host.ImportRosterAsync();
        await new ScoringTesting(host).OpenRoundAsync(ScoringTesting.RoundFields(groups: "T01,T02,T03,T04,T05"), RoundId);
        return host;
    }

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
