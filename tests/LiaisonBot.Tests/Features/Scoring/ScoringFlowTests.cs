using System.Text.Json.Nodes;
using LiaisonBot.App;
using LiaisonBot.Features.Scoring;
using LiaisonBot.Features.Scoring.Ballots;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Scoring;

/// <summary>A round from opening to results, through the real pipeline, the outbox and the fake connector.</summary>
public sealed class ScoringFlowTests : IAsyncLifetime
{
    private BotHost host = null!;
    private ScoringTesting s = null!;
    private List<TestUser> scorers = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(ScoringTesting.Settings());
        await host.ImportRosterAsync();
        s = new ScoringTesting(host);
        // Five of the Standing Committee have installed the app, one of them reads English; the first is a group leader.
        var five = ScoringTesting.StandingCommittee.Take(5).ToList();
        scorers = [.. await s.InstallAsync(five.Take(1)), .. await s.InstallAsync(five.Skip(1).Take(1), "en-US"), .. await s.InstallAsync(five.Skip(2))];
        host.Fake.ClearRequests();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task OpeningARound_SendsEveryReachableScorerOneCard_InTheirLanguage_WithThePromise()
    {
        var form = Sent.Text(await s.ExecuteAsync(s.Office, ScoringVerbs.New, new { }));
        Assert.Contains("发起联络组测评", form);
        Assert.Contains("测评卡将发给全体常委（30 人）", form);

        var id = await s.OpenRoundAsync();
        await s.ExecuteAsync(s.Office, ScoringVerbs.Open, new Dictionary<string, string>(ScoringTesting.RoundFields()) { [ScoringVerbs.Id] = id });

        await Eventually.HoldsAsync(() => scorers.All(u => Sent.Messages(host.Fake, u).Count == 1), "every installed scorer got the card");
        await Task.Delay(300);
        Assert.All(scorers, u => Assert.Single(Sent.Messages(host.Fake, u)));
        var chinese = Sent.Card(Sent.Messages(host.Fake, scorers[0]).Single());
        var english = Sent.Text(Sent.Card(Sent.Messages(host.Fake, scorers[1]).Single()));
        Assert.Contains("请为各联络组打分：思路 25 · 措施 25 · 方法 25 · 成效 25（满分 100）", Sent.Text(chinese));
        Assert.Contains("谁参加了测评是公开的，您打的分数不公开", Sent.Text(chinese));
        Assert.Contains("不在承诺范围内", Sent.Text(chinese));
        Assert.Equal(ScoringVerbs.Mine, (string?)chinese["refresh"]!["action"]!["verb"]);
        Assert.Contains("Who took part is visible; what you gave is not", english);
        Assert.Contains("Not covered", english);
        Assert.Single(await host.RowsAsync(ScoringStore.Table), r => r.RowKey == id);
        var status = Sent.Text(await s.ExecuteAsync(s.Office, ScoringVerbs.Status, new { id }));
        Assert.Contains("30 人（25 人未安装联络组助手）", status);
        Assert.Contains("已完成\n0/30", status);
    }

    [Fact]
    public async Task BadRoundForm_ComesBackWithMessages_AndNothingIsOpened()
    {
        var fields = ScoringTesting.RoundFields(groups: "T01,XX9", k: 2, closeDate: "2020-01-01", max: 0);
        var card = await s.ExecuteAsync(s.Office, ScoringVerbs.Open, new Dictionary<string, string>(fields) { [ScoringVerbs.Id] = Guid.NewGuid().ToString("N") });

        var text = Sent.Text(card);
        Assert.Contains("请修改下面标红的内容，测评尚未发起。", text);
        Assert.Contains("⚠ 请从列表中选择。", text);
        Assert.Contains("⚠ 请填 1 到 100 的整数。", text);
        Assert.Contains("⚠ 请选择今后的日期和时间。", text);
        Assert.Contains("⚠ 请填 5 到 30（常委人数）之间的整数。", text);
        Assert.Contains("T01,XX9", card.ToJsonString()); // what was typed is kept
        Assert.Empty(await host.RowsAsync(ScoringStore.Table));
        Assert.DoesNotContain(host.Fake.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task ASecondRound_CannotOpenWhileOneIsOpen()
    {
        await s.OpenRoundAsync();

        var card = Sent.Text(await s.ExecuteAsync(s.Office, ScoringVerbs.Open,
            new Dictionary<string, string>(ScoringTesting.RoundFields()) { [ScoringVerbs.Id] = Guid.NewGuid().ToString("N") }));

        Assert.Contains("测评尚未结束，请先结束再发起新的测评", card);
        Assert.Single(await host.RowsAsync(ScoringStore.Table), r => r.PartitionKey == ScoringRoundEntity.Partition);
    }

    [Fact]
    public async Task AScorer_ScoresPageByPage_SavesAndContinues_AndNeverSeesAScoreBack()
    {
        var id = await s.OpenRoundAsync();
        var leader = scorers[0]; // 高浩然 leads 城关镇联络组 (T01)
        var home = Sent.Text(await s.ExecuteAsync(leader, ScoringVerbs.Mine, new { id }));
        Assert.Contains("已评 0/23 个组", home);
        Assert.DoesNotContain("城关镇联络组", home);

        var page = await s.ExecuteAsync(leader, ScoringVerbs.Page, new { id, page = "0" });
        Assert.Contains("河口镇联络组", Sent.Text(page));
        Assert.DoesNotContain("城关镇联络组", Sent.Text(page));
        Assert.Equal(16, Inputs(page).Count);
        Assert.All(Inputs(page), i => Assert.Null(i["value"]));

        var groups = ScoringTesting.Pages(SampleRoster.Leader)[0];
        var saved = await s.SaveAsync(leader, id, 0, groups.ToDictionary(g => g, _ => new Scores(23, 21, 19, 17)));
        var text = Sent.Text(saved);
        Assert.Contains("您对河口镇联络组、石桥镇联络组、柳林镇联络组、龙泉镇联络组的评分已记录。", text);
        Assert.Contains("已评 4/23 个组", text);
        Assert.DoesNotContain("23", text.Replace("4/23", ""));
        Assert.DoesNotContain("21", text);
        Assert.DoesNotContain("19", text);
        Assert.DoesNotContain("17", text);
        Assert.Contains(ScoringVerbs.Page, Sent.Verbs(saved));

        var again = await s.ExecuteAsync(leader, ScoringVerbs.Page, new { id, page = "0" });
        Assert.Contains("✓ 已评分，重新填写即可修改", Sent.Text(again));
        Assert.All(Inputs(again), i => Assert.Null(i["value"]));
        Assert.Contains("已评 4/23 个组", Sent.Text(await s.ExecuteAsync(leader, ScoringVerbs.Mine, new { id })));
        var box = await host.RowsAsync(BallotBox.Table);
        Assert.Equal(4, box.Count(r => r.RowKey.StartsWith("p.M001.", StringComparison.Ordinal)));
        var sealedRow = Assert.Single(box, r => r.RowKey == "s.M001");
        Assert.Equal(["Sealed"], sealedRow.Keys.Except(["PartitionKey", "RowKey", "Timestamp", "odata.etag"]));
        Assert.Empty(await host.RowsAsync(BallotStore.Table));
    }

    [Fact]
    public async Task Turnout_ShowsWhoFinished_AndHowManyGroupsEach_NeverAScore_AndRemindsOnlyThoseNotFinished()
    {
        // No Standing Committee member leads any of these groups, so everyone scores all four.
        var id = await s.OpenRoundAsync(ScoringTesting.RoundFields(groups: "T02,T04,T05,T07"));
        await Eventually.HoldsAsync(() => scorers.All(u => Sent.Messages(host.Fake, u).Count == 1), "cards delivered");
        var done = scorers[1];
        var half = scorers[2];
        await s.SaveAsync(done, id, 0, new[] { "T02", "T04", "T05", "T07" }.ToDictionary(g => g, _ => new Scores(24, 24, 24, 24)));
        await s.SaveAsync(half, id, 0, new Dictionary<string, Scores> { ["T04"] = new(11, 12, 13, 14), ["T05"] = new(11, 12, 13, 14) });

        var turnout = Sent.Text(await s.ExecuteAsync(s.Office, ScoringVerbs.Turnout, new { id }));
        Assert.Contains("30 位常委中已有 1 位全部完成。", turnout);
        Assert.Contains($"{ScoringTesting.StandingCommittee[1].Name}\n✓ 4/4", turnout);
        Assert.Contains($"{ScoringTesting.StandingCommittee[2].Name}\n2/4", turnout);
        Assert.Contains($"{ScoringTesting.StandingCommittee[0].Name}\n0/4", turnout);
        Assert.Contains($"{ScoringTesting.StandingCommittee[29].Name}\n0/4 · 未安装", turnout);
        foreach (var score in new[] { "24", "96", "11", "12", "13", "14", "50" })
        {
            Assert.DoesNotContain(score, turnout);
        }

        var reminded = Sent.Text(await s.ExecuteAsync(s.Office, ScoringVerbs.Remind, new { id, reminder = "1" }));
        var pressedAgain = Sent.Text(await s.ExecuteAsync(s.Office, ScoringVerbs.Remind, new { id, reminder = "1" }));
        Assert.Contains("已向 4 位未完成的常委发送提醒。", reminded);
        Assert.Equal(reminded, pressedAgain);
        await Eventually.HoldsAsync(() => scorers.Where(u => u != done).All(u => Sent.Messages(host.Fake, u).Count == 2), "reminders delivered");
        await Task.Delay(300);
        Assert.Single(Sent.Messages(host.Fake, done));
        Assert.All(scorers.Where(u => u != done), u => Assert.Equal(2, Sent.Messages(host.Fake, u).Count));
        Assert.Contains("提醒：请在截止前完成测评。", Sent.Text(Sent.Card(Sent.Messages(host.Fake, half).Last())));
        Assert.Contains("已提醒\n1 次", Sent.Text(await s.ExecuteAsync(s.Office, ScoringVerbs.Status, new { id })));
    }

    [Fact]
    public async Task Results_AreShownOnlyAfterClose_ToTheSecretariatAndTheStandingCommittee()
    {
        var id = await s.OpenRoundAsync(ScoringTesting.RoundFields(groups: "T02,T04,T05", k: 5));
        var five = scorers; // none of them leads T02, T04 or T05
        for (var i = 0; i < five.Count; i++)
        {
            var scores = new Dictionary<string, Scores> { ["T02"] = new(20 + i, 20, 20, 20), ["T04"] = new(10, 10, 10, 10 + i) };
            if (i > 0)
            {
                scores["T05"] = new(25, 25, 25, 25); // four ballots: fewer than k
            }

            await s.SaveAsync(five[i], id, 0, scores);
        }

        Assert.Contains("测评结束后才公布结果。", Sent.Text(await s.ExecuteAsync(five[0], ScoringVerbs.Results, new { id })));
        Assert.Contains("测评结束后才公布结果。", Sent.Text(await s.ExecuteAsync(s.Office, ScoringVerbs.Results, new { id })));
        Assert.Contains("30 位常委中已有 4 位完成", Sent.Text(await s.ExecuteAsync(s.Office, ScoringVerbs.Close, new { id })));

        var results = Sent.Text(await s.ExecuteAsync(s.Office, ScoringVerbs.CloseConfirm, new { id }));

        Assert.Contains("年度联络组测评结果", results);
        Assert.Contains("1\n河口镇联络组\n思路 22.0 · 措施 20.0 · 方法 20.0 · 成效 20.0\n中位数 82.0 · 标准差 1.6 · 5 票\n82.0", results);
        Assert.Contains("2\n柳林镇联络组\n思路 10.0 · 措施 10.0 · 方法 10.0 · 成效 12.0\n中位数 42.0 · 标准差 1.6 · 5 票\n42.0", results);
        Assert.Contains("—\n龙泉镇联络组\n票数不足（4 票，至少需 5 票）\n—", results);
        Assert.DoesNotContain("100.0", results);
        Assert.Equal(results, Sent.Text(await s.ExecuteAsync(five[0], ScoringVerbs.Results, new { id })));
        Assert.Equal(results, Sent.Text(await s.ExecuteAsync(five[0], ScoringVerbs.Home, new { })));
        Assert.Contains("只有常委或办公室可以", Sent.Text(await s.ExecuteAsync(TestUser.Of(SampleRoster.Member, host), ScoringVerbs.Results, new { id })));
        Assert.Contains("本次测评已于", Sent.Text(await s.SaveAsync(five[0], id, 0, new Dictionary<string, Scores> { ["T02"] = new(1, 1, 1, 1) })));
        Assert.Equal(14, (await host.RowsAsync(BallotStore.Table)).Count);
        Assert.DoesNotContain(await host.RowsAsync(BallotBox.Table), r => r.RowKey.StartsWith("s.", StringComparison.Ordinal));
    }

    private static List<JsonNode> Inputs(JsonNode card) =>
        Walk(card).Where(n => (string?)n["type"] == "Input.Number").ToList();

    private static IEnumerable<JsonNode> Walk(JsonNode? node) => node switch
    {
        JsonObject o => new JsonNode[] { o }.Concat(o.SelectMany(p => Walk(p.Value))),
        JsonArray a => a.SelectMany(Walk),
        _ => [],
    };
}
