using System.Text.Json.Nodes;
using LiaisonBot.Features.ChannelReports;
using LiaisonBot.Features.Reports;
using LiaisonBot.Tests.Fakes;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Infrastructure;
using static LiaisonBot.Tests.Features.ChannelReports.ChannelReportTesting;

namespace LiaisonBot.Tests.Features.ChannelReports;

/// <summary>A group report from compose to the channel and the secretariat's copy, and its corrections, through the real pipeline.</summary>
public sealed class GroupReportFlowTests : IAsyncLifetime
{
    private BotHost host = null!;
    private TestTeam team = null!;
    private TestUser leader = null!;
    private TestUser member = null!;
    private TestUser office = null!;

    public async Task InitializeAsync()
    {
        (host, team, leader, office) = await StartAsync();
        member = TestUser.Of(SampleRoster.Member, host);
        await host.PostAsync(leader.Installation("add"));
        await host.PostAsync(leader.Install());
        host.Fake.ClearRequests();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Leader_PublishesTheAnnualReport_ItAppearsInTheChannelAsANewThread_AndTheSecretariatGetsACopy()
    {
        await LinkAsync(host, team, leader);
        await ReportActivityAsync(member, "Research");
        await ReportActivityAsync(member, "Inspection");
        await ReportActivityAsync(leader, "Research");

        var compose = Sent.Text(await ExecuteAsync(host, leader, ChannelReportVerbs.Compose, new { }));
        var preview = await ExecuteAsync(host, leader, ChannelReportVerbs.Preview,
            new Dictionary<string, string>(ChannelReportSamples.Form()) { [ChannelReportVerbs.Id] = Guid.NewGuid().ToString("N") });
        var text = Sent.Text(preview);

        Assert.Contains("发布到：城关镇联络组 › 工作报告", compose);
        Assert.Contains("预览：频道中将显示此卡片", text);
        Assert.Contains("履职活动\n3 项", text);
        Assert.Contains("调研 2 · 视察 1", text);
        var silent = $"{SampleRoster.Roster.MembersOf("T01").Count()} 人中 4 人";
        Assert.Contains(silent + "\n", text);
        Assert.DoesNotContain("彭金凤", text);
        Assert.Empty(Sent.Posts(host.Fake, team.ChannelId));

        var published = Sent.Text(await ExecuteAsync(host, leader, ChannelReportVerbs.Publish, Sent.Data(preview, ChannelReportVerbs.Publish)));
        Assert.Contains("正在发布到城关镇联络组 › 工作报告", published);

        var id = Sent.Data(preview, ChannelReportVerbs.Publish)[ChannelReportVerbs.Id];
        var row = await PublishedAsync(host, id);
        var post = host.Fake.Requests.Single(r => r.Method == "POST" && r.ConversationId == team.ChannelId);
        Assert.Equal((string)post.Response!["id"]!, row.GetString("PostActivityId"));
        var card = Sent.Text(Sent.Card(post.Body!));
        Assert.Contains("城关镇联络组 · 年度工作报告", card);
        Assert.Contains("城关镇联络组2026年度工作报告", card);
        Assert.Contains("组长高浩然于", card);
        Assert.Contains("阅读全文", card);
        Assert.Contains(silent + "\n", card);
        Assert.DoesNotContain("彭金凤", card);
        await Eventually.HoldsAsync(() => Sent.Messages(host.Fake, office).Count == 1, "the secretariat gets its copy");
        var copy = Sent.Text(Sent.Card(Sent.Messages(host.Fake, office)[0]));
        Assert.Contains("办公室副本：城关镇联络组已在城关镇联络组 › 工作报告发布", copy);
        Assert.Contains(silent + "：彭金凤、王秋菊、陆玉林、何思远", copy);

        // Anyone in the channel reads the whole report from the card.
        var full = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(team.Execute(member, ChannelReportVerbs.Full, Sent.Data(Sent.Card(post.Body!), ChannelReportVerbs.Full)))));
        Assert.Contains("第 1/1 页", full);
        Assert.Contains("明年围绕乡村振兴开展专题协商。", full);
    }

    [Fact]
    public async Task TheLeaderChoosesToNameWhoReportedNothing_InTheChannel_AndACorrectionCanTakeTheNamesOut()
    {
        await LinkAsync(host, team, leader);
        var compose = await ExecuteAsync(host, leader, ChannelReportVerbs.Compose, new { });
        Assert.Contains("在频道中列出姓名（办公室副本始终列出）", Sent.Text(compose));

        var (id, _) = await PublishAsync(host, leader, new Dictionary<string, string>(ChannelReportSamples.Form()) { [GroupReportForm.NamesSilent] = "true" });

        Assert.True((await PublishedAsync(host, id)).GetBoolean("NamesSilent"));
        var post = host.Fake.Requests.Single(r => r.Method == "POST" && r.ConversationId == team.ChannelId);
        Assert.Contains("彭金凤", Sent.Text(Sent.Card(post.Body!)));

        var edit = await ExecuteAsync(host, leader, ChannelReportVerbs.Edit, new { group = "T01", id });
        var toggle = edit["body"]!.AsArray().Single(e => (string?)e!["id"] == GroupReportForm.NamesSilent)!;
        Assert.Equal("true", (string?)toggle["value"]);
        var corrected = new Dictionary<string, string>(Sent.Data(edit, ChannelReportVerbs.Preview));
        foreach (var (field, value) in ChannelReportSamples.Form().Where(f => f.Key != GroupReportForm.Kind))
        {
            corrected[field] = value;
        }

        corrected[GroupReportForm.NamesSilent] = "false";
        var preview = await ExecuteAsync(host, leader, ChannelReportVerbs.Preview, corrected);
        await ExecuteAsync(host, leader, ChannelReportVerbs.Correct, Sent.Data(preview, ChannelReportVerbs.Correct));

        await Eventually.HoldsAsync(() => host.Fake.Requests.Any(r => r.Method == "PUT" && r.ConversationId == team.ChannelId &&
            !Sent.Text(Sent.Card(r.Body!)).Contains("彭金凤")), "the channel card no longer names them");
    }

    [Fact]
    public async Task WithoutALinkedChannel_PublishingKeepsTheDraft_AndTellsTheLeaderHowToLink()
    {
        var (id, card) = await PublishAsync(host, leader, ChannelReportSamples.Form());

        var text = Sent.Text(card);
        Assert.Contains("城关镇联络组尚未绑定频道", text);
        Assert.Contains("报告已保存为草稿", text);
        Assert.Contains("@联络组助手 绑定小组", text);
        Assert.Equal("Draft", Assert.Single(await host.RowsAsync(GroupReportStore.Table)).GetString("State"));
        await Task.Delay(300);
        Assert.DoesNotContain(host.Fake.Requests, r => r.Method is "POST" or "PUT");

        // Once linked, the same draft goes out from the same card.
        await LinkAsync(host, team, leader);
        var opened = await ExecuteAsync(host, leader, ChannelReportVerbs.Open, new { group = "T01", id });
        var preview = await ExecuteAsync(host, leader, ChannelReportVerbs.Preview, Sent.Data(opened, ChannelReportVerbs.Preview).Concat(ChannelReportSamples.Form()).ToDictionary());
        await ExecuteAsync(host, leader, ChannelReportVerbs.Publish, Sent.Data(preview, ChannelReportVerbs.Publish));
        await PublishedAsync(host, id);
    }

    [Fact]
    public async Task PressingPublishTwice_PostsOnce()
    {
        await LinkAsync(host, team, leader);
        var preview = await ExecuteAsync(host, leader, ChannelReportVerbs.Preview,
            new Dictionary<string, string>(ChannelReportSamples.Form()) { [ChannelReportVerbs.Id] = Guid.NewGuid().ToString("N") });
        var publish = Sent.Data(preview, ChannelReportVerbs.Publish);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => ExecuteAsync(host, leader, ChannelReportVerbs.Publish, publish)));
        await ExecuteAsync(host, leader, ChannelReportVerbs.Publish, publish);

        await PublishedAsync(host, publish[ChannelReportVerbs.Id]);
        await Task.Delay(300);
        Assert.Single(Sent.Posts(host.Fake, team.ChannelId));
    }

    [Fact]
    public async Task Correction_UpdatesTheChannelCardInPlace_AndKeepsTheEarlierVersion()
    {
        await LinkAsync(host, team, leader);
        var (id, _) = await PublishAsync(host, leader, ChannelReportSamples.Form());
        var activityId = (await PublishedAsync(host, id)).GetString("PostActivityId");
        await Eventually.HoldsAsync(() => Sent.Messages(host.Fake, office).Count == 1, "the secretariat gets its copy");

        var edit = await ExecuteAsync(host, leader, ChannelReportVerbs.Edit, new { group = "T01", id });
        Assert.Contains("更正已发布的报告", Sent.Text(edit));
        var corrected = new Dictionary<string, string>(Sent.Data(edit, ChannelReportVerbs.Preview))
        {
            [GroupReportForm.Title] = "城关镇联络组2026年度工作报告（修订）",
            [GroupReportForm.From] = ChannelReportSamples.Form()[GroupReportForm.From],
            [GroupReportForm.To] = ChannelReportSamples.Form()[GroupReportForm.To],
            [GroupReportForm.WorkDone] = "组织委员开展调研4次。",
        };
        var preview = await ExecuteAsync(host, leader, ChannelReportVerbs.Preview, corrected);
        Assert.Contains("更正预览", Sent.Text(preview));
        Assert.DoesNotContain(host.Fake.Requests, r => r.Method == "PUT");
        var save = Sent.Data(preview, ChannelReportVerbs.Correct);
        var done = Sent.Text(await ExecuteAsync(host, leader, ChannelReportVerbs.Correct, save));
        await ExecuteAsync(host, leader, ChannelReportVerbs.Correct, save);

        Assert.Contains("✓ 已更正", done);
        await Eventually.HoldsAsync(() => host.Fake.Requests.Any(r => r.Method == "PUT" && r.ConversationId == team.ChannelId && r.ActivityId == activityId &&
            Sent.Text(Sent.Card(r.Body!)).Contains("组织委员开展调研4次")), "the channel card is updated in place");
        await Eventually.HoldsAsync(() => host.Fake.Requests.Any(r => r.Method == "PUT" && r.ConversationId == office.ConversationId &&
            Sent.Text(Sent.Card(r.Body!)).Contains("已在城关镇联络组 › 工作报告更正此报告")), "the secretariat's copy is updated in place");
        var row = (await host.RowsAsync(GroupReportStore.Table)).Single(r => r.RowKey == id);
        Assert.Equal(1, row.GetInt32("Edits"));
        Assert.Contains("（修订）", row.GetString("Title"));

        var history = await ExecuteAsync(host, leader, ChannelReportVerbs.History, new { group = "T01", id });
        Assert.Contains("首次发布的版本", Sent.Text(history));
        Assert.Contains("当前版本", Sent.Text(history));
        var original = Sent.Text(await ExecuteAsync(host, member, ChannelReportVerbs.Full, Sent.Data(history, ChannelReportVerbs.Full)));
        Assert.Contains("组织委员开展农村养老服务调研3次", original);
        Assert.Single(host.Fake.Requests, r => r.Method == "PUT" && r.ConversationId == team.ChannelId);
    }

    [Fact]
    public async Task Secretariat_PostsOnTheGroupsBehalf_MarkedAsSuch()
    {
        await LinkAsync(host, team, leader);

        var compose = await ExecuteAsync(host, office, ChannelReportVerbs.Compose, new { });
        var (id, _) = await PublishAsync(host, office, ChannelReportSamples.Form(kind: "Plan", title: "城关镇联络组2026年度工作计划"), group: "T01");

        Assert.Contains(compose["body"]!.AsArray(), e => (string?)e!["id"] == ChannelReportVerbs.Group && (string?)e["label"] == "联络组（办公室代为撰写）");
        var row = await PublishedAsync(host, id);
        Assert.True(row.GetBoolean("OnBehalf"));
        Assert.Equal("S01", row.GetString("PublishedBy"));
        Assert.Contains("政协办公室（谢宗林）于", Sent.Text(Sent.Card(Sent.Posts(host.Fake, team.ChannelId).Single())));
    }

    [Fact]
    public async Task Secretariat_ListsReports_AndSeesWhichGroupsHaveNotPostedTheirAnnualReport()
    {
        await LinkAsync(host, team, leader);
        var (annual, _) = await PublishAsync(host, leader, ChannelReportSamples.Form());
        await PublishedAsync(host, annual);
        await PublishAsync(host, leader, ChannelReportSamples.Form(kind: "Progress", title: "上半年工作进展"));
        var groups = SampleRoster.Roster.Groups.Count;

        var all = Sent.Text(await ExecuteAsync(host, office, ChannelReportVerbs.Overview, new { }));
        var plans = Sent.Text(await ExecuteAsync(host, office, ChannelReportVerbs.Overview, new { kindFilter = "Progress", group = "T01" }));

        Assert.Contains($"{groups} 个组中有 {groups - 1} 个尚未发布", all);
        Assert.DoesNotContain("城关镇联络组、", all);
        Assert.Contains("河口镇联络组", all);
        Assert.Contains("共 2 份", all);
        Assert.Contains("上半年工作进展", plans);
        Assert.DoesNotContain("年度工作报告\n城关镇联络组2026年度工作报告", plans);
    }

    [Fact]
    public async Task ALongReport_IsSummarisedInTheCard_AndReadInFullPageByPage()
    {
        await LinkAsync(host, team, leader);
        var form = ChannelReportSamples.LongForm();
        var (id, _) = await PublishAsync(host, leader, form);
        await PublishedAsync(host, id);

        var post = Sent.Posts(host.Fake, team.ChannelId).Single();
        Assert.True(Sent.Card(post).ToJsonString().Length < 28 * 1024 / 3, "the summary card is small");
        var pages = new List<JsonNode> { await Sent.InvokeCardAsync(await host.PostAsync(team.Execute(member, ChannelReportVerbs.Full, Sent.Data(Sent.Card(post), ChannelReportVerbs.Full)))) };
        while (Sent.Verbs(pages[^1]).Count(v => v == ChannelReportVerbs.Full) > 0 && Sent.Text(pages[^1]) is var last &&
               pages[^1]["actions"]!.AsArray().Any(a => (string?)a!["title"] == "下一页"))
        {
            var next = pages[^1]["actions"]!.AsArray().First(a => (string?)a!["title"] == "下一页")!["data"]!.AsObject().ToDictionary(p => p.Key, p => (string)p.Value!);
            pages.Add(await Sent.InvokeCardAsync(await host.PostAsync(team.Execute(member, ChannelReportVerbs.Full, next))));
        }

        Assert.True(pages.Count > 1);
        Assert.All(pages, p => Assert.True(System.Text.Encoding.UTF8.GetByteCount(p.ToJsonString()) < 28 * 1024));
        // Every character of every section is on exactly one page (headings and page numbers aside).
        var written = string.Concat(GroupReportForm.SectionFields.Select(f => form[f]));
        var shown = string.Concat(pages.Select(Sent.Text));
        Assert.Equal(written.Count(c => c == '述'), shown.Count(c => c == '述'));
        Assert.Contains("10. " + new string('述', 140), shown);
    }

    [Fact]
    public async Task BadInput_ComesBackBesideTheFields_AndNothingIsStored()
    {
        var form = ChannelReportSamples.Form(title: "", from: "2026-06-30", to: "2026-01-01");
        form[GroupReportForm.Kind] = "Speech";
        form[ChannelReportVerbs.Id] = Guid.NewGuid().ToString("N");

        var card = await ExecuteAsync(host, leader, ChannelReportVerbs.Preview, form);

        var text = Sent.Text(card);
        Assert.Contains("⚠ 必填。", text);
        Assert.Contains("⚠ 截止日期早于起始日期。", text);
        Assert.Contains("⚠ 请从列表中选择类型。", text);
        Assert.Contains("组织委员开展农村养老服务调研3次", text);
        Assert.Empty(await host.RowsAsync(GroupReportStore.Table));
    }

    [Fact]
    public async Task AReportTeamsRefuses_IsMarkedNotPosted_AndTheLeaderIsTold()
    {
        await LinkAsync(host, team, leader);
        host.Fake.FailConversation(team.ChannelId, ConnectorFault.NotInRoster);

        var (id, _) = await PublishAsync(host, leader, ChannelReportSamples.Form());

        await Eventually.HoldsAsync(async () => (await host.RowsAsync(GroupReportStore.Table)).Single(r => r.RowKey == id).GetString("State") == "PostFailed",
            "the report is marked not posted");
        await Eventually.HoldsAsync(() => Sent.Messages(host.Fake, leader).Any(m => Sent.Text(Sent.Card(m)).Contains("未能发布到本组频道（BotNotInConversationRoster）")),
            "the leader is told in their chat");
        host.Fake.ClearFaults();
        var opened = await ExecuteAsync(host, leader, ChannelReportVerbs.Open, new { group = "T01", id });
        await ExecuteAsync(host, leader, ChannelReportVerbs.Publish, Sent.Data(opened, ChannelReportVerbs.Publish));
        await PublishedAsync(host, id);
    }

    private async Task ReportActivityAsync(TestUser author, string kind)
    {
        var form = ReportSamples.Form(kind: kind);
        form[ReportVerbs.FormId] = Guid.NewGuid().ToString("N");
        Assert.Contains("已记录", Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(author.Execute(ReportVerbs.Submit, form)))));
    }
}
