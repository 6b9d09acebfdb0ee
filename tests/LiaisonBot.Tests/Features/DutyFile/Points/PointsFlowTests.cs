using System.Text.Json.Nodes;
using LiaisonBot.Features.DutyFile;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Plans.Import;
using LiaisonBot.Features.Reports;
using LiaisonBot.Tests.Features.Plans;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.DutyFile.Points;

/// <summary>
/// Points through the real pipeline: the secretariat loads the rules by attaching the workbook, a leader verifies, and the
/// member, the leader and the secretariat see the points the rules give, worked out here by hand.
/// </summary>
public sealed class PointsFlowTests : IAsyncLifetime
{
    private static readonly int Year = ReportSamples.Today.Year;
    private static readonly PointsRules Rules = RulesTemplate.Expected with { Year = Year };

    private BotHost host = null!;
    private TestUser office = null!;
    private TestUser leader = null!;
    private TestUser member = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(new Dictionary<string, string?> { ["Uploads:DownloadHosts:0"] = "127.0.0.1" });
        await host.ImportRosterAsync();
        office = TestUser.Of(SampleRoster.Secretariat, host);
        leader = TestUser.Of(SampleRoster.Leader, host);
        member = TestUser.Of(SampleRoster.Member, host);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task VerifiedActivities_EarnWhatTheRulesSay_ForTheMemberAndTheFellowMemberTheyName()
    {
        Assert.Contains("导入成功，已重新计算 138 位委员的积分", await AttachAsync(office, Rules)); // every member of the sample roster

        // M004 reports research with M005 taking part, a proposal, and a study session; the leader verifies the first two.
        await SubmitAsync("调研农村养老", "Research", 1, participants: "M005");
        await SubmitAsync("关于农村养老的提案", "Proposal", 2);
        await SubmitAsync("学习会", "Study", 3);
        await VerifyAsync("调研农村养老", "关于农村养老的提案");

        // By hand: research 5 + proposal 10 = 15 (the study waits); grade 不称职 (below 60); minimums: 2 of 3 activities ✗,
        // 1 of 1 proposal ✓, 0 of 1 social-conditions report ✗. M005, named in the research: co-author points 2.
        await Eventually.HoldsAsync(async () => await TotalAsync("M004") == 15 && await TotalAsync("M005") == 2, "points recomputed");
        var card = await MessageAsync(member, "我的履职档案");
        var text = Sent.Text(card);
        Assert.Contains("15\n积分", text);
        Assert.Contains("不称职\n等次", text);
        Assert.Contains("1/3\n基本要求", text);
        Assert.Contains("✗ 各类活动：2/3", text);
        Assert.Contains("✓ 提案：1/1", text);
        Assert.Contains("调研 · 已核实 · +5", text);
        Assert.Contains("学习 · 待核实", text);
        var chart = card["body"]!.AsArray().Single(e => (string?)e!["type"] == "Chart.HorizontalBar")!;
        Assert.Equal(["调研:5", "提案:10"], chart["data"]!.AsArray().Select(d => $"{d!["x"]}:{d["y"]}"));

        var fellow = Sent.Text(await MessageAsync(TestUser.Of(SampleRoster.Roster.ByCode("M005")!, host, "en"), "my duty file"));
        Assert.Contains("2\nPoints", fellow);
        Assert.Contains("taking part: 调研农村养老 · +2", fellow);
    }

    [Fact]
    public async Task APlanTaskDoneByItsDueDate_EarnsItsOwnerTheTaskPoints()
    {
        await PlanTesting.ImportAsync(host, new PlanWorkbook(Year, [PlanTesting.Plan("T01", Year)],
        [
            PlanTesting.Task("T01", "1", "撰写社情民意信息", $"{Year}-12-31", "M004"),
            PlanTesting.Task("T01", "2", "视察城关镇养老服务", $"{Year}-12-31", "M002"),
        ]));
        await host.PostAsync(office.Execute(PlanVerbs.Publish, new { group = "T01", year = $"{Year}" }));
        await AttachAsync(office, Rules);

        var task = $"{Year}-T01/1";
        var form = await Sent.InvokeCardAsync(await host.PostAsync(member.Execute(PlanVerbs.Progress, new { task })));
        var etag = Sent.Data(form, PlanVerbs.ProgressSave)[PlanVerbs.ETag];
        await Sent.InvokeCardAsync(await host.PostAsync(member.Execute(PlanVerbs.ProgressSave, new { task, etag, status = "Done", percent = "100", note = "已报送" })));

        // By hand: 3 for the task done on time; M002's task is not done: nothing.
        await Eventually.HoldsAsync(async () => await TotalAsync("M004") == 3, "points recomputed after the task was done");
        Assert.Equal(0, await TotalAsync("M002"));
        Assert.Contains("按时完成任务：撰写社情民意信息 · +3", Sent.Text(await MessageAsync(member, "我的履职档案")));
    }

    [Fact]
    public async Task AReportMovedToAnotherYear_LeavesThePointsOfTheYearItLeft()
    {
        await AttachAsync(office, Rules with { Year = Year - 1 });
        var lastYear = new DateOnly(Year - 1, 12, 1);
        await SubmitAsync("年底调研", "Research", ReportSamples.Today.DayNumber - lastYear.DayNumber);
        await VerifyAsync("年底调研");
        await Eventually.HoldsAsync(async () => await TotalAsync("M004", Year - 1) == 5, "last year's points recomputed");

        // The member corrects the date into this year: last year's file no longer has it (and this year's waits for verification).
        var id = (await host.RowsAsync(ReportStore.Table)).Single().RowKey;
        var form = await Sent.InvokeCardAsync(await host.PostAsync(member.Execute(ReportVerbs.Edit, new { reportId = id })));
        var fields = ReportSamples.Form(title: "年底调研", date: ReportSamples.Today.AddDays(-1));
        foreach (var (key, value) in Sent.Data(form, ReportVerbs.Submit).Where(d => d.Key is ReportVerbs.ReportId or ReportVerbs.ETag))
        {
            fields[key] = value;
        }

        await Sent.InvokeCardAsync(await host.PostAsync(member.Execute(ReportVerbs.Submit, fields)));
        await Eventually.HoldsAsync(async () => await TotalAsync("M004", Year - 1) == 0, "the year the report left recomputed");
    }

    [Fact]
    public async Task AMemberWhoMovesGroup_KeepsTheYearsActivities_InTheNewGroup()
    {
        await AttachAsync(office, Rules);
        await SubmitAsync("调研农村养老", "Research", 1);
        await VerifyAsync("调研农村养老");
        await Eventually.HoldsAsync(async () => await TotalAsync("M004") == 5, "points recomputed");

        await host.ImportRosterAsync(SampleRoster.Csv.Replace("M004,孙淑珍,T01,城关镇联络组", "M004,孙淑珍,T02,河口镇联络组", StringComparison.Ordinal));
        Assert.Contains("已重新计算", Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(office.Execute(DutyFileVerbs.Recompute)))));

        var row = (await host.RowsAsync(DutyPointsStore.Table)).Single(r => r.RowKey == "M004" && r.PartitionKey == $"{Year}");
        Assert.Equal(("T02", 5d), (row.GetString("GroupCode"), row.GetDouble("Total")));
    }

    [Fact]
    public async Task ChangedRules_RecomputeTheYearAtOnce()
    {
        await AttachAsync(office, Rules);
        await SubmitAsync("调研农村养老", "Research", 1);
        await VerifyAsync("调研农村养老");
        await Eventually.HoldsAsync(async () => await TotalAsync("M004") == 5, "points recomputed");

        var changed = Rules with { Base = 60, Kinds = [.. Rules.Kinds.Select(k => k.Kind == ActivityKind.Research ? k with { Points = 8 } : k)] };
        var answer = await AttachAsync(office, changed);

        Assert.Contains("导入成功", answer);
        Assert.Equal(68, await TotalAsync("M004")); // 60 + 8, already when the answer came
        Assert.Contains("没有变化", await AttachAsync(office, changed));

        // The rules card links the template in the reader's language; the bot serves both.
        foreach (var (user, file, start) in new[] { (office, RulesTemplate.File, "基础分\n60"), (TestUser.Of(SampleRoster.Secretariat, host, "en"), RulesTemplate.EnglishFile, "Start\n60") })
        {
            var card = await Sent.InvokeCardAsync(await host.PostAsync(user.Execute(DutyFileVerbs.Rules)));
            Assert.Contains(start, Sent.Text(card));
            var link = new Uri(card["actions"]!.AsArray().First(a => (string?)a!["type"] == "Action.OpenUrl")!["url"]!.GetValue<string>());
            Assert.Equal(await File.ReadAllBytesAsync(RepoTools.PathOf("samples", file)), await host.Client.GetByteArrayAsync(link.PathAndQuery));
        }
    }

    [Fact]
    public async Task TheLeaderSeesTheGroup_TheSecretariatEveryone_FilteredToThoseBelowTheMinimums()
    {
        await AttachAsync(office, Rules with { Minimums = [new(null, 1)] });
        await SubmitAsync("调研农村养老", "Research", 1);
        await VerifyAsync("调研农村养老");
        await Eventually.HoldsAsync(async () => await TotalAsync("M004") == 5, "points recomputed");

        var group = Sent.Text(await MessageAsync(leader, "履职积分"));
        Assert.Contains("城关镇联络组", group);
        Assert.Contains("孙淑珍", group);
        Assert.Contains("5\n不称职 · 已达基本要求", group);
        Assert.DoesNotContain("陆承志", group); // another group's leader

        var everyone = await MessageAsync(office, "履职积分");
        Assert.Contains("委员 138 人 · 未达基本要求 137 人", Sent.Text(everyone));
        var below = await Sent.InvokeCardAsync(await host.PostAsync(office.Execute(DutyFileVerbs.Points,
            new Dictionary<string, object?> { [DutyFileVerbs.Group] = "all", [DutyFileVerbs.Grade] = "all", [DutyFileVerbs.Below] = "true" })));
        Assert.Contains("委员 137 人", Sent.Text(below));
        Assert.DoesNotContain("孙淑珍", Sent.Text(below));
    }

    [Fact]
    public async Task OnlyTheSecretariat_LoadsRulesOrRecomputes_AndABadWorkbookChangesNothing()
    {
        Assert.Contains("只有办公室可以在这里导入文件", await AttachAsync(leader, Rules));
        Assert.Empty(await host.RowsAsync(PointsRulesStore.Table));

        Assert.Contains("只有办公室", Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(leader.Execute(DutyFileVerbs.Recompute)))));
        Assert.Contains("只有组长或办公室", Sent.Text(await MessageAsync(member, "履职积分")));

        var sheets = RulesTemplate.Sheets(Rules);
        ((List<Dictionary<string, object?>>)sheets["活动积分"])[1]["c1"] = "五";
        var answer = await AttachAsync(office, sheets);
        Assert.Contains("未导入任何内容：文件中有 1 处需要修改", answer);
        Assert.Contains("活动积分表第 2 行：“积分”应为数字，而不是“五”。", answer);
        Assert.Empty(await host.RowsAsync(PointsRulesStore.Table));
        Assert.Empty(await host.RowsAsync(DutyPointsStore.Table));
    }

    [Fact]
    public async Task TheSecretariatExportsTheYear_ASummaryAndASheetPerGroupExplainingEveryPoint()
    {
        await AttachAsync(office, Rules);
        await SubmitAsync("调研农村养老", "Research", 1);
        await VerifyAsync("调研农村养老");
        await Eventually.HoldsAsync(async () => await TotalAsync("M004") == 5, "points recomputed");

        Assert.Contains("只有办公室", Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(leader.Execute(DutyFileVerbs.Export)))));
        var card = await Sent.InvokeCardAsync(await host.PostAsync(office.Execute(DutyFileVerbs.Export)));
        var url = new Uri(card["actions"]!.AsArray().First(a => (string?)a!["type"] == "Action.OpenUrl")!["url"]!.GetValue<string>());
        using var response = await host.Client.GetAsync(url.PathAndQuery);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var sheets = MiniExcelLibs.MiniExcel.GetSheetNames(workbook);
        Assert.Equal($"{Year}年度汇总", sheets[0]);
        Assert.Equal(1 + SampleRoster.Roster.Groups.Count, sheets.Count);
        var summary = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: sheets[0]).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(138, summary.Count);
        var sun = summary.Single(r => (string)r["委员"] == "孙淑珍");
        Assert.Equal((5d, "不称职", "城关镇联络组"), (Convert.ToDouble(sun["积分"]), (string)sun["等次"], (string)sun["联络组"]));
        var lines = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "城关镇联络组").Cast<IDictionary<string, object>>()
            .Where(r => (string)r["委员"] == "孙淑珍").Select(r => $"{r["来源"]}|{r["记录"]}|{r["积分"]}").ToList();
        Assert.Equal(["基础分||0", "本人活动|调研农村养老|5", "合计||5"], lines);

        Assert.Equal(404, (int)(await host.Client.GetAsync("/points/download/" + new string('0', 32))).StatusCode);
        Assert.Equal(404, (int)(await host.Client.GetAsync("/points/download/..%2F..%2Fetc")).StatusCode);
    }

    [Fact]
    public async Task AMemberPrintsTheirDutyFile_APdfWhoseChineseIsText_AndTheSecretariatPrintsAGroup()
    {
        await AttachAsync(office, Rules);
        await SubmitAsync("调研农村养老服务站运行情况", "Research", 1);
        await VerifyAsync("调研农村养老服务站运行情况");
        await Eventually.HoldsAsync(async () => await TotalAsync("M004") == 5, "points recomputed");

        var mine = await DownloadAsync(await Sent.InvokeCardAsync(await host.PostAsync(member.Execute(DutyFileVerbs.Print))), 0);
        if (Environment.GetEnvironmentVariable("LIAISONBOT_PDF_DIR") is { Length: > 0 } keep)
        {
            await File.WriteAllBytesAsync(Path.Combine(Directory.CreateDirectory(keep).FullName, "duty-file.pdf"), mine);
        }
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(mine))
        {
            // NFKC: the PDF's text layer names some shared glyphs by their Kangxi radical (⽼ for 老); print and view are right.
            var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Normalize(System.Text.NormalizationForm.FormKC);
            void Has(string expected) => Assert.Contains(expected.Normalize(System.Text.NormalizationForm.FormKC), text);
            Has($"{Year}年度委员履职档案");
            Has("孙淑珍");
            Has("城关镇联络组");
            Has("积分：5");
            Has("调研农村养老服务站运行情况");
            Has("已核实 · +5");
            Has("× 提案：0/1");
        }

        var export = await Sent.InvokeCardAsync(await host.PostAsync(office.Execute(DutyFileVerbs.Export,
            new Dictionary<string, object?> { [DutyFileVerbs.Group] = SampleRoster.Leader.GroupCode })));
        using var group = UglyToad.PdfPig.PdfDocument.Open(await DownloadAsync(export, 1));
        var members = SampleRoster.Roster.MembersOf(SampleRoster.Leader.GroupCode!).ToList();
        Assert.True(group.NumberOfPages >= members.Count);
        Assert.All(members, m => Assert.Contains(group.GetPages(), p => p.Text.Normalize(System.Text.NormalizationForm.FormKC).Contains(m.Name, StringComparison.Ordinal)));
    }

    private async Task<byte[]> DownloadAsync(JsonNode card, int link)
    {
        var url = new Uri(card["actions"]!.AsArray().Where(a => (string?)a!["type"] == "Action.OpenUrl").ElementAt(link)!["url"]!.GetValue<string>());
        using var response = await host.Client.GetAsync(url.PathAndQuery);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private Task<string> AttachAsync(TestUser user, PointsRules rules) => AttachAsync(user, RulesTemplate.Sheets(rules));

    private async Task<string> AttachAsync(TestUser user, Dictionary<string, object> sheets)
    {
        host.Fake.ClearRequests();
        Assert.Equal(200, (int)(await host.PostAsync(user.Attach("积分规则.xlsx", host.Fake.AddFile(RulesTemplate.Workbook(sheets))))).StatusCode);
        return Sent.Text(Sent.Card(Sent.Messages(host.Fake, user).Single()));
    }

    private async Task SubmitAsync(string title, string kind, int daysAgo, string? participants = null)
    {
        var fields = ReportSamples.Form(title: title, kind: kind, date: ReportSamples.Today.AddDays(-daysAgo), participants: participants);
        fields[ReportVerbs.FormId] = Guid.NewGuid().ToString("N");
        await Sent.InvokeCardAsync(await host.PostAsync(member.Execute(ReportVerbs.Submit, fields)));
    }

    private async Task VerifyAsync(params string[] titles)
    {
        var list = await Sent.InvokeCardAsync(await host.PostAsync(leader.Execute(ReportVerbs.ToVerify)));
        var rows = await host.RowsAsync(ReportStore.Table);
        foreach (var title in titles)
        {
            var id = rows.Single(r => r.GetString("Title") == title).RowKey;
            var verify = Sent.Buttons(list).First(b => (string?)b["verb"] == ReportVerbs.Verify && (string?)b["data"]![ReportVerbs.ReportId] == id);
            list = await Sent.InvokeCardAsync(await host.PostAsync(leader.Execute(ReportVerbs.Verify, verify["data"])));
        }
    }

    private async Task<JsonNode> MessageAsync(TestUser user, string text)
    {
        host.Fake.ClearRequests();
        await host.PostAsync(user.Message(text));
        return Sent.Card(Sent.Messages(host.Fake, user).Last());
    }

    private async Task<double?> TotalAsync(string code, int? year = null) =>
        (await host.RowsAsync(DutyPointsStore.Table)).SingleOrDefault(r => r.RowKey == code && r.PartitionKey == $"{year ?? Year}")?.GetDouble("Total");
}
