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
        { "30", "Each score is a whole number from 0 to its maximum." },
        { "-1", "Each score is a whole number from 0 to its maximum." },
        { "12.5", "Each score is a whole number from 0 to its maximum." },
        { "二十", "Each score is a whole number from 0 to its maximum." },
        { "1e309", "Each score is a whole number from 0 to its maximum." },
        { "NaN", "Each score is a whole number from 0 to its maximum." },
        { "", "Fill in all four scores, or leave the whole group blank." },
    };

    /// <summary>
    /// A page with an error is answered before anything is saved, so it shows back exactly what was typed (the scorer
    /// corrects one field instead of typing sixteen again); only the recorded card and later pages never show a score.
    /// </summary>
    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task ABadScore_BringsThePageBack_WithTheMessage_WhatWasTypedKept_AndNothingSaved(string bad, string message)
    {
        var before = await ScoringTesting.SnapshotAsync(host, BallotBox.Table);
        var fields = new Dictionary<string, string> { [Criteria.FieldId("T02", Criterion.Methods)] = bad };

        var card = await s.SaveAsync(scorer, id, 0, new Dictionary<string, Scores> { ["T01"] = new(21, 22, 23, 24), ["T02"] = new(17, 18, 19, 20) }, fields);

        var text = Sent.Text(card);
        Assert.Contains(message, text);
        Assert.Contains("Nothing was saved", text);
        Assert.Equal("21", Value(card, "T01", Criterion.Ideas));
        Assert.Equal("24", Value(card, "T01", Criterion.Effect));
        Assert.Equal("18", Value(card, "T02", Criterion.Measures));
        Assert.Equal(LiaisonBot.Cards.CardData.Number(bad) is not null ? bad : null, Value(card, "T02", Criterion.Methods));
        Assert.Equal(before, await ScoringTesting.SnapshotAsync(host, BallotBox.Table));
    }

    /// <summary>
    /// A client may clamp a number input to its max (30 becomes 25) without a word, so score inputs carry no min or max:
    /// what the scorer typed is what the server gets and checks.
    /// </summary>
    [Fact]
    public async Task ThePage_HasNoInputAClientCouldClamp_AndExplainsEachItemInOneLine()
    {
        var page = await s.ExecuteAsync(scorer, ScoringVerbs.Page, new { id, page = "0" });
        var chinese = Sent.Text(await s.ExecuteAsync(leader, ScoringVerbs.Page, new { id, page = "0" }));

        var inputs = Inputs(page).Where(i => ((string)i["id"]!).StartsWith(Criteria.FieldPrefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(16, inputs.Count);
        Assert.All(inputs, i =>
        {
            Assert.Equal("Input.Number", (string?)i["type"]);
            Assert.Null(i["max"]);
            Assert.Null(i["min"]);
            Assert.Null(i["value"]);
        });
        var text = Sent.Text(page);
        Assert.Contains("Work ideas: is the group's work planned around the committee's priorities and its members' strengths?", text);
        Assert.Contains("Effectiveness: what came of it: proposals adopted, problems solved, people served.", text);
        Assert.Contains("思路：工作是否围绕中心、立足本组委员特点，有年度谋划。", chinese);
        Assert.Contains("成效：提案和建议被采纳、问题得到解决、群众得到服务的实际效果。", chinese);
    }

    private static IEnumerable<System.Text.Json.Nodes.JsonObject> Inputs(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => (o["id"] is not null ? [o] : Enumerable.Empty<System.Text.Json.Nodes.JsonObject>()).Concat(o.SelectMany(p => Inputs(p.Value))),
        System.Text.Json.Nodes.JsonArray a => a.SelectMany(Inputs),
        _ => [],
    };

    private static string? Value(System.Text.Json.Nodes.JsonNode card, string group, Criterion c) =>
        Inputs(card).Single(i => (string?)i["id"] == Criteria.FieldId(group, c))["value"]?.ToJsonString();

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
            [ScoringVerbs.Id] = id,
            [ScoringVerbs.PageNumber] = page,
            [Criteria.FieldId("T02", Criterion.Ideas)] = "20",
        }));

        Assert.Contains("You have scored 0 of 5 groups.", card);
        Assert.DoesNotContain(await host.RowsAsync(BallotBox.Table), r => r.RowKey != BallotBoxKeys.Gate);
    }
}
