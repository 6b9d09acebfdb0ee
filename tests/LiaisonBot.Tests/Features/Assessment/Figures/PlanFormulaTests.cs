using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Features.ChannelReports;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Infrastructure;
using static LiaisonBot.Tests.Features.Assessment.Figures.FiguresTesting;

namespace LiaisonBot.Tests.Features.Assessment.Figures;

/// <summary>
/// The formulas on the group's plan and channel, each on a hand-worked example against <see cref="FigureSchemes"/>
/// (plan by 31 March: 5; annual report by 15 January of the next year: 5; 4 progress reports: 5; tasks on time: 15).
/// Every test has a year of its own, so they share one bot.
/// </summary>
public sealed class PlanFormulaTests(SharedBotHost<PlanFormulaTests> shared) : IClassFixture<SharedBotHost<PlanFormulaTests>>, ISharedBotHost
{
    private readonly FiguresTesting seed = new(shared.ForNextTest());

    public static async Task<BotHost> StartAsync()
    {
        var host = await BotHost.StartAsync();
        await host.ImportRosterAsync();
        return host;
    }

    [Fact]
    public async Task ThePlan_FirstSentByTheDate_EarnsAllFivePoints_SentLateOrNotAtAll_None()
    {
        const int year = 2031;
        await seed.PlanAsync(year, "T01", Day(year, 3, 20), lastSent: Day(year, 4, 10)); // re-sent amended after the date: still filed on time
        await seed.PlanAsync(year, "T02", Day(year, 4, 2));
        await seed.PlanAsync(year, "T03", firstSent: null); // a draft

        var onTime = await seed.ItemAsync(year, "T01", "A1");
        var late = await seed.ItemAsync(year, "T02", "A1");
        var draft = await seed.ItemAsync(year, "T03", "A1");
        var none = await seed.ItemAsync(year, "T04", "A1");

        Assert.Equal((5m, 1m, 1m), (onTime.Points, onTime.Have, onTime.Of));
        Assert.Equal([(Day(year, 3, 20), "围绕乡村振兴开展调研视察", true)], onTime.Evidence.Select(e => (e.Date, e.Text, e.Counts)));
        Assert.Equal((0m, 0m, 1m), (late.Points, late.Have, late.Of));
        Assert.Equal((0m, 0m, 1m, 0), (draft.Points, draft.Have, draft.Of, draft.Evidence.Count));
        Assert.Equal(0, none.Points);

        var item = FigureSchemes.Item(year, "A1");
        Assert.Equal("计划于3月20日报送（截止3月31日）", FigureText.Explain(Texts.Chinese, item, onTime));
        Assert.Equal("Plan sent on 20 Mar (due by 31 Mar)", FigureText.Explain(Texts.English, item, onTime));
        Assert.Equal("计划于4月2日报送，晚于截止日3月31日", FigureText.Explain(Texts.Chinese, item, late));
        Assert.Equal("Plan sent on 2 Apr, after the deadline of 31 Mar", FigureText.Explain(Texts.English, item, late));
        Assert.Equal("计划未报送（截止3月31日）", FigureText.Explain(Texts.Chinese, item, draft));
        Assert.Equal("Plan not sent (due by 31 Mar)", FigureText.Explain(Texts.English, item, none));
    }

    [Fact]
    public async Task Tasks_DoneByTheirDueDate_OverTheSentTasks_CancelledAndUnsentLeftOut()
    {
        const int year = 2032;
        await seed.TasksAsync(year, "T01",
            new PlanTask("1", "走访企业", Day(year, 6, 30), Day(year, 6, 28)),
            new PlanTask("2", "撰写社情民意信息", Day(year, 6, 30), Day(year, 6, 30)), // on the due day: on time
            new PlanTask("3", "视察养老服务", Day(year, 9, 30), Day(year, 10, 8)), // late
            new PlanTask("4", "专题协商", Day(year, 11, 30), null), // not done
            new PlanTask("5", "取消的调研", Day(year, 5, 31), null, Cancelled: true),
            new PlanTask("6", "未下发的任务", Day(year, 5, 31), Day(year, 5, 1), Sent: false));
        // Rounding: 7 of 9 on time × 15 = 11.666… → 11.7.
        await seed.TasksAsync(year, "T03", [.. Enumerable.Range(1, 9).Select(i => new PlanTask($"{i}", $"任务{i}", Day(year, 6, 30), i <= 7 ? Day(year, 6, 1) : Day(year, 7, 1)))]);

        var half = await seed.ItemAsync(year, "T01", "B1");
        var rounded = await seed.ItemAsync(year, "T03", "B1");
        var none = await seed.ItemAsync(year, "T02", "B1");

        // 2 of 4 sent tasks on time: 0.5 × 15 = 7.5.
        Assert.Equal((7.5m, 2m, 4m), (half.Points, half.Have, half.Of));
        Assert.Equal(["走访企业 · 06-30 → 06-28 ✓", "撰写社情民意信息 · 06-30 → 06-30 ✓", "视察养老服务 · 09-30 → 10-08 ✗", "专题协商 · 11-30 → — ✗"],
            half.Evidence.Select(e => $"{e.Text} {(e.Counts ? "✓" : "✗")}"));
        Assert.Equal((11.7m, 7m, 9m), (rounded.Points, rounded.Have, rounded.Of));
        Assert.Equal((0m, 0m, 0m, Figure.Notes.NoTasks), (none.Points, none.Have, none.Of, none.Note));

        var item = FigureSchemes.Item(year, "B1");
        Assert.Equal("按时完成任务 2 项，共 4 项", FigureText.Explain(Texts.Chinese, item, half));
        Assert.Equal("2 of 4 tasks done on time", FigureText.Explain(Texts.English, item, half));
        Assert.Equal("本组没有已下发的计划任务", FigureText.Explain(Texts.Chinese, item, none));
        Assert.Equal("No plan tasks were sent to the group", FigureText.Explain(Texts.English, item, none));
    }

    [Fact]
    public async Task TheAnnualReport_PostedInTheChannelByTheDate_EarnsAllFivePoints_LateDraftOrFailed_None()
    {
        const int year = 2033;
        await seed.ChannelReportAsync(year, "T01", GroupReportKind.Annual, "2033年度工作总结", Day(year + 1, 1, 10));
        await seed.ChannelReportAsync(year, "T02", GroupReportKind.Annual, "2033年度工作总结", Day(year + 1, 1, 20));
        await seed.ChannelReportAsync(year, "T03", GroupReportKind.Annual, "2033年度工作总结（草稿）", Day(year + 1, 1, 5), GroupReportState.Draft);
        await seed.ChannelReportAsync(year, "T04", GroupReportKind.Annual, "2033年度工作总结", Day(year + 1, 1, 5), GroupReportState.PostFailed);
        await seed.ChannelReportAsync(year - 1, "T05", GroupReportKind.Annual, "2032年度工作总结", Day(year, 1, 5)); // last year's

        var onTime = await seed.ItemAsync(year, "T01", "A2");
        var late = await seed.ItemAsync(year, "T02", "A2");
        var item = FigureSchemes.Item(year, "A2");

        Assert.Equal((5m, 1m, 1m), (onTime.Points, onTime.Have, onTime.Of));
        Assert.Equal([(Day(year + 1, 1, 10), "2033年度工作总结", true)], onTime.Evidence.Select(e => (e.Date, e.Text, e.Counts)));
        Assert.Equal((0m, 0m, 1m), (late.Points, late.Have, late.Of));
        foreach (var group in new[] { "T03", "T04", "T05" })
        {
            var none = await seed.ItemAsync(year, group, "A2");
            Assert.Equal((0m, 0m, 1m, 0), (none.Points, none.Have, none.Of, none.Evidence.Count));
            Assert.Equal("年度工作总结未发布（截止1月15日）", FigureText.Explain(Texts.Chinese, item, none));
        }

        Assert.Equal("年度工作总结于1月10日发布（截止1月15日）", FigureText.Explain(Texts.Chinese, item, onTime));
        Assert.Equal("Annual report posted on 10 Jan (due by 15 Jan)", FigureText.Explain(Texts.English, item, onTime));
        Assert.Equal("年度工作总结于1月20日发布，晚于截止日1月15日", FigureText.Explain(Texts.Chinese, item, late));
    }

    [Fact]
    public async Task ProgressReports_PostedInTheYear_AgainstTheTarget_CappedAtTheFullPoints()
    {
        const int year = 2034;
        foreach (var month in new[] { 3, 6, 9 })
        {
            await seed.ChannelReportAsync(year, "T01", GroupReportKind.Progress, $"{month}月工作进展", Day(year, month, 28));
        }

        await seed.ChannelReportAsync(year, "T01", GroupReportKind.Progress, "草稿", Day(year, 11, 1), GroupReportState.Draft);
        await seed.ChannelReportAsync(year, "T01", GroupReportKind.Progress, "发送失败", Day(year, 11, 2), GroupReportState.PostFailed);
        await seed.ChannelReportAsync(year - 1, "T01", GroupReportKind.Progress, "去年的进展", Day(year - 1, 12, 1));
        for (var month = 1; month <= 6; month++)
        {
            await seed.ChannelReportAsync(year, "T02", GroupReportKind.Progress, $"{month}月工作进展", Day(year, month, 28));
        }

        var three = await seed.ItemAsync(year, "T01", "A3");
        var six = await seed.ItemAsync(year, "T02", "A3");
        var none = await seed.ItemAsync(year, "T03", "A3");

        // 3 of 4 × 5 = 3.75 → 3.8 (half away from zero); 6 of 4 is capped: 5.
        Assert.Equal((3.8m, 3m, 4m), (three.Points, three.Have, three.Of));
        Assert.Equal([(Day(year, 3, 28), "3月工作进展"), (Day(year, 6, 28), "6月工作进展"), (Day(year, 9, 28), "9月工作进展")],
            three.Evidence.Select(e => (e.Date, e.Text)));
        Assert.Equal((5m, 6m, 4m), (six.Points, six.Have, six.Of));
        Assert.Equal((0m, 0m, 4m), (none.Points, none.Have, none.Of));

        var item = FigureSchemes.Item(year, "A3");
        Assert.Equal("发布进展报告 3 篇（目标 4 篇）", FigureText.Explain(Texts.Chinese, item, three));
        Assert.Equal("3 progress reports posted (target 4)", FigureText.Explain(Texts.English, item, three));
    }
}
