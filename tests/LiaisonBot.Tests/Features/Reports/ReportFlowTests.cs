using Azure.Data.Tables;
using LiaisonBot.Features.Reports;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Reports;

/// <summary>Reporting, correcting, listing, editing and withdrawing duty activities through the real pipeline.</summary>
public sealed class ReportFlowTests : IAsyncLifetime
{
    private BotHost host = null!;
    private TestUser leader = null!;
    private TestUser member = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync();
        await host.ImportRosterAsync();
        leader = TestUser.Of(SampleRoster.Leader, host, "zh-CN");
        member = TestUser.Of(SampleRoster.Member, host, "zh-CN");
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task ReportCommand_ShowsTheFormInChinese_WithTheGroupsOtherMembersToChoose()
    {
        await host.PostAsync(member.Message("上报"));

        var card = Sent.Card(Sent.Messages(host.Fake, member).Single());
        var text = Sent.Text(card);
        Assert.Contains("上报履职活动", text);
        Assert.Contains("社情民意", text);
        Assert.Contains(SampleRoster.Leader.Name, text);
        Assert.DoesNotContain(SampleRoster.Member.Name, text);
        Assert.Equal([ReportVerbs.Submit], Sent.Verbs(card));
    }

    [Fact]
    public async Task GoodSubmission_IsStored_AndTheFormBecomesAReceipt()
    {
        var yesterday = ReportSamples.Today.AddDays(-1);

        var receipt = await SubmitAsync(member, NewForm(ReportSamples.Form(date: yesterday, participants: SampleRoster.Leader.Code)));

        var stored = Assert.Single(await host.RowsAsync(ReportStore.Table));
        Assert.Equal(SampleRoster.Member.Code, stored.PartitionKey);
        Assert.Equal(SampleRoster.Member.GroupCode, stored.GetString("GroupCode"));
        Assert.Equal("Research", stored.GetString("Kind"));
        Assert.Equal(ReportSamples.Calendar.ToUtc(yesterday), stored.GetDateTimeOffset("ActivityDate"));
        Assert.Equal(TimeSpan.Zero, stored.GetDateTimeOffset("ActivityDate")!.Value.Offset);
        Assert.Equal(SampleRoster.Leader.Code, stored.GetString("Participants"));
        var text = Sent.Text(receipt);
        Assert.Contains("✓ 已记录", text);
        Assert.Contains("R-" + stored.RowKey[..8].ToUpperInvariant(), text);
        Assert.Contains($"{yesterday.Year}年{yesterday.Month}月{yesterday.Day}日", text);
        Assert.Contains(SampleRoster.Leader.Name, text);
        Assert.Equal([ReportVerbs.Edit, ReportVerbs.Withdraw, ReportVerbs.Mine], Sent.Verbs(receipt));
    }

    [Fact]
    public async Task BadSubmission_ComesBackWithAMessageBesideEachField_InputKept_NothingStored()
    {
        var fields = ReportSamples.Form(title: "", date: ReportSamples.Today.AddDays(1), description: new string('长', 2001), participants: "A01-nobody");
        fields[ReportForm.Place] = "县委党校";

        var card = await SubmitAsync(member, NewForm(fields));

        Assert.Empty(await host.RowsAsync(ReportStore.Table));
        var body = card["body"]!.AsArray();
        string ErrorAfter(string id) => (string)body[body.IndexOf(body.Single(e => (string?)e!["id"] == id)) + 1]!["text"]!;
        Assert.Equal("⚠ 必填。", ErrorAfter(ReportForm.Title));
        Assert.Equal("⚠ 活动日期不能晚于今天。", ErrorAfter(ReportForm.Date));
        Assert.Equal("⚠ 最多 2000 字（现为 2001 字）。", ErrorAfter(ReportForm.Description));
        Assert.Equal("⚠ 只能选择本组的其他委员。", ErrorAfter(ReportForm.Participants));
        Assert.Equal("县委党校", (string?)body.Single(e => (string?)e!["id"] == ReportForm.Place)!["value"]);
        Assert.Equal(new string('长', 2001), (string?)body.Single(e => (string?)e!["id"] == ReportForm.Description)!["value"]);
        Assert.Contains("请修改下面标红的内容", Sent.Text(card));
    }

    [Fact]
    public async Task TheSameSubmissionTwice_CreatesOneReport()
    {
        var form = NewForm(ReportSamples.Form());

        var first = await SubmitAsync(member, form);
        var again = await SubmitAsync(member, form);

        Assert.Single(await host.RowsAsync(ReportStore.Table));
        Assert.Equal(Sent.Text(first), Sent.Text(again));
    }

    [Fact]
    public async Task ManyMembersSubmittingAtOnce_LoseNothing()
    {
        var people = SampleRoster.Roster.Members.Where(m => m.GroupCode is not null).Take(10).Select(m => TestUser.Of(m, host)).ToList();

        await Task.WhenAll(people.SelectMany(p => Enumerable.Range(0, 4).Select(_ => SubmitAsync(p, NewForm(ReportSamples.Form())))));

        var rows = await host.RowsAsync(ReportStore.Table);
        Assert.Equal(40, rows.Count);
        Assert.All(people, p => Assert.Equal(4, rows.Count(r => r.GetString("AuthorName") == p.Name)));
    }

    [Fact]
    public async Task MyReports_ListsNewestFirst_InPages_InTheReadersLanguage()
    {
        for (var i = 1; i <= 10; i++)
        {
            await SubmitAsync(member, NewForm(ReportSamples.Form(title: $"活动{i:00}", date: ReportSamples.Today.AddDays(-i))));
        }

        var first = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(member.Execute(ReportVerbs.Mine))));
        var second = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(member.Execute(ReportVerbs.Mine, new { page = "1" }))));
        var english = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync((member with { Locale = "en-US" }).Execute(ReportVerbs.Mine))));

        Assert.True(first.IndexOf("活动01", StringComparison.Ordinal) < first.IndexOf("活动08", StringComparison.Ordinal));
        Assert.DoesNotContain("活动09", first);
        Assert.Contains("共 10 条 · 第 1/2 页", first);
        Assert.Contains("活动10", second);
        var day = ReportSamples.Today.AddDays(-1);
        Assert.Contains(day.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en")), english);
    }

    [Fact]
    public async Task Edit_SavesWithTheETag_AndAStaleEditShowsTheCurrentVersionInsteadOfOverwriting()
    {
        var receipt = await SubmitAsync(member, NewForm(ReportSamples.Form(title: "原标题")));
        var id = ReportId(receipt);
        var formA = await Sent.InvokeCardAsync(await host.PostAsync(member.Execute(ReportVerbs.Edit, new { reportId = id })));
        var formB = await Sent.InvokeCardAsync(await host.PostAsync(member.Execute(ReportVerbs.Edit, new { reportId = id })));
        Assert.Contains("原标题", Sent.Text(formA));

        var saved = await SubmitAsync(member, EditOf(formB, ReportSamples.Form(title: "手机上改的标题")));
        var stale = await SubmitAsync(member, EditOf(formA, ReportSamples.Form(title: "电脑上改的标题")));

        Assert.Contains("已修改 1 次", Sent.Text(saved));
        Assert.Contains("刚在别处被修改过", Sent.Text(stale));
        Assert.Contains("手机上改的标题", Sent.Text(stale));
        var stored = Assert.Single(await host.RowsAsync(ReportStore.Table));
        Assert.Equal("手机上改的标题", stored.GetString("Title"));
        Assert.Equal(1, stored.GetInt32("Edits"));
    }

    [Fact]
    public async Task Withdraw_AsksForAReason_ThenKeepsTheReportMarkedWithdrawn_AndItStopsCounting()
    {
        var id = ReportId(await SubmitAsync(member, NewForm(ReportSamples.Form())));
        var confirm = await Sent.InvokeCardAsync(await host.PostAsync(member.Execute(ReportVerbs.Withdraw, new { reportId = id })));
        var etag = Data(confirm, ReportVerbs.WithdrawConfirm)["etag"]!.ToString();

        var noReason = await Sent.InvokeCardAsync(await host.PostAsync(member.Execute(ReportVerbs.WithdrawConfirm, new { reportId = id, etag, reason = "" })));
        var done = await Sent.InvokeCardAsync(await host.PostAsync(member.Execute(ReportVerbs.WithdrawConfirm, new { reportId = id, etag, reason = "重复上报" })));
        var twice = await Sent.InvokeCardAsync(await host.PostAsync(member.Execute(ReportVerbs.WithdrawConfirm, new { reportId = id, etag, reason = "重复上报" })));

        Assert.Contains("⚠ 必填。", Sent.Text(noReason));
        Assert.Contains("已撤回", Sent.Text(done));
        Assert.Contains("重复上报", Sent.Text(done));
        Assert.DoesNotContain(ReportVerbs.Edit, Sent.Verbs(done));
        Assert.Equal(Sent.Text(done), Sent.Text(twice));
        var stored = Assert.Single(await host.RowsAsync(ReportStore.Table));
        Assert.True(stored.GetBoolean("Withdrawn"));
        Assert.Equal("重复上报", stored.GetString("WithdrawReason"));
        var group = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(leader.Execute(ReportVerbs.Group))));
        Assert.Contains("共 0 条", group);
    }

    [Fact]
    public async Task AnotherMember_CannotOpenEditOrWithdrawSomeonesReport_WhateverTheCardDataSays()
    {
        var id = ReportId(await SubmitAsync(member, NewForm(ReportSamples.Form(title: "本人的记录"))));
        var forged = new { reportId = id, authorCode = SampleRoster.Member.Code, etag = "*", reason = "恶意撤回" };

        foreach (var verb in new[] { ReportVerbs.Open, ReportVerbs.Edit, ReportVerbs.Withdraw, ReportVerbs.WithdrawConfirm })
        {
            var card = await Sent.InvokeCardAsync(await host.PostAsync(leader.Execute(verb, forged)));
            Assert.Contains("找不到这条记录", Sent.Text(card));
        }

        var overwrite = ReportSamples.Form(title: "篡改");
        overwrite[ReportVerbs.ReportId] = id;
        overwrite[ReportVerbs.ETag] = "*";
        await host.PostAsync(leader.Execute(ReportVerbs.Submit, overwrite));
        var stored = Assert.Single(await host.RowsAsync(ReportStore.Table));
        Assert.Equal("本人的记录", stored.GetString("Title"));
        Assert.False(stored.GetBoolean("Withdrawn"));
    }

    [Fact]
    public async Task Leaders_SeeTheirGroup_TheSecretariatSeesAll_MembersSeeNeither()
    {
        await SubmitAsync(member, NewForm(ReportSamples.Form(kind: "Proposal")));
        await SubmitAsync(leader, NewForm(ReportSamples.Form(kind: "Proposal")));
        var agency = TestUser.Of(SampleRoster.Roster.Members.First(m => m.GroupCode == "A01"), host);
        await SubmitAsync(agency, NewForm(ReportSamples.Form(kind: "Study")));
        var office = TestUser.Of(SampleRoster.Secretariat, host, "zh-CN");

        var groupView = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(leader.Execute(ReportVerbs.Group, new { group = "A01" }))));
        var memberView = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(member.Execute(ReportVerbs.Group))));
        var allView = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(office.Execute(ReportVerbs.All))));
        var memberAll = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(member.Execute(ReportVerbs.All))));
        var picked = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(office.Execute(ReportVerbs.Group, new { group = "A01" }))));

        Assert.Contains("城关镇联络组履职情况", groupView);
        Assert.Contains("共 2 条", groupView);
        Assert.Contains("提案\n2", groupView);
        Assert.Contains("0 ⚠", groupView);
        Assert.Contains("只有组长或办公室可以进行此操作", memberView);
        Assert.Contains("共 3 条", allView);
        Assert.Contains("城关镇联络组  2 条", allView);
        Assert.Contains("只有办公室可以进行此操作", memberAll);
        Assert.Contains(agency.Name, picked);
        Assert.Contains("学习\n1", picked);
    }

    [Fact]
    public async Task TheDateInput_SaysWhyADateIsRefused_InTheClientToo()
    {
        await host.PostAsync(member.Message("上报"));
        await host.PostAsync((member with { Locale = "en-US" }).Message("report"));

        var inputs = Sent.Messages(host.Fake, member).Select(m => Sent.Card(m)["body"]!.AsArray().Single(e => (string?)e!["id"] == ReportForm.Date)!).ToList();
        Assert.Contains("活动日期不能晚于今天", (string)inputs[0]["errorMessage"]!);
        Assert.Contains("The activity date can't be after today", (string)inputs[1]["errorMessage"]!);
    }

    [Fact]
    public async Task TheEditForm_HasACancel_BackToTheReceipt_ThatSendsNoInput()
    {
        var id = ReportId(await SubmitAsync(member, NewForm(ReportSamples.Form())));

        var form = await Sent.InvokeCardAsync(await host.PostAsync(member.Execute(ReportVerbs.Edit, new { reportId = id })));

        var cancel = form["actions"]!.AsArray().Single(a => (string?)a!["verb"] == ReportVerbs.Open)!;
        Assert.Equal("取消", (string?)cancel["title"]);
        Assert.Equal(id, (string?)cancel["data"]![ReportVerbs.ReportId]);
        Assert.Equal("none", (string?)cancel["associatedInputs"]);
    }

    [Fact]
    public async Task InEnglish_CountsAgree_HeadingsAreCapitalised_AndReceiptsCarryNoFormHints()
    {
        var english = member with { Locale = "en-US" };
        var id = ReportId(await SubmitAsync(english, NewForm(ReportSamples.Form(participants: SampleRoster.Leader.Code))));
        var form = await Sent.InvokeCardAsync(await host.PostAsync(english.Execute(ReportVerbs.Edit, new { reportId = id })));
        var edited = await SubmitAsync(english, EditOf(form, ReportSamples.Form(title: "Changed", participants: SampleRoster.Leader.Code)));
        var mine = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(english.Execute(ReportVerbs.Mine))));
        var group = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync((leader with { Locale = "en-US" }).Execute(ReportVerbs.Group))));
        var withdrawn = await Sent.InvokeCardAsync(await host.PostAsync(english.Execute(ReportVerbs.WithdrawConfirm,
            new { reportId = id, etag = (string?)(await Sent.InvokeCardAsync(await host.PostAsync(english.Execute(ReportVerbs.Withdraw, new { reportId = id }))))["actions"]![0]!["data"]!["etag"], reason = "Duplicate" })));

        Assert.Contains("Edited once", Sent.Text(edited));
        Assert.DoesNotContain("(optional)", Sent.Text(edited));
        Assert.Contains("Outcome: ", Sent.Text(edited));
        Assert.Contains("1 report · page 1 of 1", mine);
        Assert.Contains("1 report; ", group);
        Assert.Equal("Withdrawn", (string?)withdrawn["body"]![0]!["items"]![0]!["text"]);
        Assert.DoesNotContain("\"color\":\"warning\"", withdrawn.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Duplicate", Sent.Text(withdrawn));
    }

    private static Dictionary<string, object?> NewForm(Dictionary<string, object?> fields)
    {
        fields[ReportVerbs.FormId] = Guid.NewGuid().ToString("N");
        return fields;
    }

    private static Dictionary<string, object?> EditOf(System.Text.Json.Nodes.JsonNode form, Dictionary<string, object?> fields)
    {
        var data = Data(form, ReportVerbs.Submit);
        fields[ReportVerbs.ReportId] = (string)data[ReportVerbs.ReportId]!;
        fields[ReportVerbs.ETag] = (string)data[ReportVerbs.ETag]!;
        return fields;
    }

    private static System.Text.Json.Nodes.JsonNode Data(System.Text.Json.Nodes.JsonNode card, string verb) =>
        card["actions"]!.AsArray().Single(a => (string?)a!["verb"] == verb)!["data"]!;

    private static string ReportId(System.Text.Json.Nodes.JsonNode receipt) => (string)Data(receipt, ReportVerbs.Edit)[ReportVerbs.ReportId]!;

    private async Task<System.Text.Json.Nodes.JsonNode> SubmitAsync(TestUser user, Dictionary<string, object?> data) =>
        await Sent.InvokeCardAsync(await host.PostAsync(user.Execute(ReportVerbs.Submit, data)));
}
