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
/// Points through the real pipeline: the secretariat loads the rules by attaching the workbook, a leader verifies, and
/// the points the rules give, worked out here by hand, follow every change: a report, a plan task, a year, a group, the rules.
/// </summary>
public sealed class PointsFlowTests : PointsScenario
{
    [Fact]
    public async Task VerifiedActivities_EarnWhatTheRulesSay_ForTheMemberAndTheFellowMemberTheyName()
    {
        Assert.Contains("导入成功，已重新计算 138 位委员的积分", await AttachAsync(Office, Rules)); // every member of the sample roster

        // M004 reports research with M005 taking part, a proposal, and a study session; the leader verifies the first two.
        await SubmitAsync("调研农村养老", "Research", 1, participants: "M005");
        await SubmitAsync("关于农村养老的提案", "Proposal", 2);
        await SubmitAsync("学习会", "Study", 3);
        await VerifyAsync("调研农村养老", "关于农村养老的提案");

        // By hand: research 5 + proposal 10 = 15 (the study waits); grade 不称职 (below 60); minimums: 2 of 3 activities ✗,
        // 1 of 1 proposal ✓, 0 of 1 social-conditions report ✗. M005, named in the research: co-author points 2.
        await Eventually.HoldsAsync(async () => await TotalAsync("M004") == 15 && await TotalAsync("M005") == 2, "points recomputed");
        var card = await MessageAsync(Member, "我的履职档案");
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

        var fellow = Sent.Text(await MessageAsync(TestUser.Of(SampleRoster.Roster.ByCode("M005")!, Host, "en"), "my duty file"));
        Assert.Contains("2\nPoints", fellow);
        Assert.Contains("taking part: 调研农村养老 · +2", fellow);
    }

    [Fact]
    public async Task APlanTaskDoneByItsDueDate_EarnsItsOwnerTheTaskPoints()
    {
        await PlanTesting.ImportAsync(Host, new PlanWorkbook(Year, [PlanTesting.Plan("T01", Year)],
        [
            PlanTesting.Task("T01", "1", "撰写社情民意信息", $"{Year}-12-31", "M004"),
            PlanTesting.Task("T01", "2", "视察城关镇养老服务", $"{Year}-12-31", "M002"),
        ]));
        await Host.PostAsync(Office.Execute(PlanVerbs.Publish, new { group = "T01", year = $"{Year}" }));
        await AttachAsync(Office, Rules);

        var task = $"{Year}-T01/1";
        var form = await Sent.InvokeCardAsync(await Host.PostAsync(Member.Execute(PlanVerbs.Progress, new { task })));
        var etag = Sent.Data(form, PlanVerbs.ProgressSave)[PlanVerbs.ETag];
        await Sent.InvokeCardAsync(await Host.PostAsync(Member.Execute(PlanVerbs.ProgressSave, new { task, etag, status = "Done", percent = "100", note = "已报送" })));

        // By hand: 3 for the task done on time; M002's task is not done: nothing.
        await Eventually.HoldsAsync(async () => await TotalAsync("M004") == 3, "points recomputed after the task was done");
        Assert.Equal(0, await TotalAsync("M002"));
        Assert.Contains("按时完成任务：撰写社情民意信息 · +3", Sent.Text(await MessageAsync(Member, "我的履职档案")));
    }

    [Fact]
    public async Task AReportMovedToAnotherYear_LeavesThePointsOfTheYearItLeft()
    {
        await AttachAsync(Office, Rules with { Year = Year - 1 });
        var lastYear = new DateOnly(Year - 1, 12, 1);
        await SubmitAsync("年底调研", "Research", ReportSamples.Today.DayNumber - lastYear.DayNumber);
        await VerifyAsync("年底调研");
        await Eventually.HoldsAsync(async () => await TotalAsync("M004", Year - 1) == 5, "last year's points recomputed");

        // The member corrects the date into this year: last year's file no longer has it (and this year's waits for verification).
        var id = (await Host.RowsAsync(ReportStore.Table)).Single().RowKey;
        var form = await Sent.InvokeCardAsync(await Host.PostAsync(Member.Execute(ReportVerbs.Edit, new { reportId = id })));
        var fields = ReportSamples.Form(title: "年底调研", date: ReportSamples.Today.AddDays(-1));
        foreach (var (key, value) in Sent.Data(form, ReportVerbs.Submit).Where(d => d.Key is ReportVerbs.ReportId or ReportVerbs.ETag))
        {
            fields[key] = value;
        }

        await Sent.InvokeCardAsync(await Host.PostAsync(Member.Execute(ReportVerbs.Submit, fields)));
        await Eventually.HoldsAsync(async () => await TotalAsync("M004", Year - 1) == 0, "the year the report left recomputed");
    }

    [Fact]
    public async Task AMemberWhoMovesGroup_KeepsTheYearsActivities_InTheNewGroup()
    {
        await AttachAsync(Office, Rules);
        await SubmitAsync("调研农村养老", "Research", 1);
        await VerifyAsync("调研农村养老");
        await Eventually.HoldsAsync(async () => await TotalAsync("M004") == 5, "points recomputed");

        await Host.ImportRosterAsync(SampleRoster.Csv.Replace("M004,孙淑珍,T01,城关镇联络组", "M004,孙淑珍,T02,河口镇联络组", StringComparison.Ordinal));
        Assert.Contains("已重新计算", Sent.Text(await Sent.InvokeCardAsync(await Host.PostAsync(Office.Execute(DutyFileVerbs.Recompute)))));

        var row = (await Host.RowsAsync(DutyPointsStore.Table)).Single(r => r.RowKey == "M004" && r.PartitionKey == $"{Year}");
        Assert.Equal(("T02", 5d), (row.GetString("GroupCode"), row.GetDouble("Total")));
    }

    [Fact]
    public async Task ChangedRules_RecomputeTheYearAtOnce()
    {
        await AttachAsync(Office, Rules);
        await SubmitAsync("调研农村养老", "Research", 1);
        await VerifyAsync("调研农村养老");
        await Eventually.HoldsAsync(async () => await TotalAsync("M004") == 5, "points recomputed");

        var changed = Rules with { Base = 60, Kinds = [.. Rules.Kinds.Select(k => k.Kind == ActivityKind.Research ? k with { Points = 8 } : k)] };
        var answer = await AttachAsync(Office, changed);

        Assert.Contains("导入成功", answer);
        Assert.Equal(68, await TotalAsync("M004")); // 60 + 8, already when the answer came
        Assert.Contains("没有变化", await AttachAsync(Office, changed));

        // The rules card links the template in the reader's language; the bot serves both.
        foreach (var (user, file, start) in new[] { (Office, RulesTemplate.File, "基础分\n60"), (TestUser.Of(SampleRoster.Secretariat, Host, "en"), RulesTemplate.EnglishFile, "Start\n60") })
        {
            var card = await Sent.InvokeCardAsync(await Host.PostAsync(user.Execute(DutyFileVerbs.Rules)));
            Assert.Contains(start, Sent.Text(card));
            var link = Sent.Links(card)[0];
            Assert.Equal(await File.ReadAllBytesAsync(RepoTools.PathOf("samples", file)), await Host.Client.GetByteArrayAsync(link.PathAndQuery));
        }
    }
}
