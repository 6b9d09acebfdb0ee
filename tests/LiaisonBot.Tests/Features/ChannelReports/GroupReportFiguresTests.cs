using LiaisonBot.Calendar;
using LiaisonBot.Features.ChannelReports;
using LiaisonBot.Features.Plans;
using LiaisonBot.Storage;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Infrastructure;
using static LiaisonBot.Tests.Features.ChannelReports.ChannelReportTesting;

namespace LiaisonBot.Tests.Features.ChannelReports;

/// <summary>The figures a report carries come from storage: the year's plan tasks as the members received them.</summary>
public sealed class GroupReportFiguresTests : IAsyncLifetime
{
    private BotHost host = null!;
    private TestUser leader = null!;

    public async Task InitializeAsync() => (host, _, leader, _) = await StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task PlanTasks_AreCountedDoneOpenAndOverdue_LeavingOutCancelledAndUnsentOnes()
    {
        var today = ReportSamples.Today;
        await AddTasksAsync("T01",
            (PlanTaskStatus.Done, today.AddDays(-10), sent: true),
            (PlanTaskStatus.InProgress, today.AddDays(-1), sent: true),
            (PlanTaskStatus.NotStarted, today.AddDays(-3), sent: true),
            (PlanTaskStatus.NotStarted, today.AddDays(30), sent: true),
            (PlanTaskStatus.Cancelled, today.AddDays(-5), sent: true),
            (PlanTaskStatus.NotStarted, today.AddDays(-5), sent: false));
        await AddTasksAsync("T02", (PlanTaskStatus.Done, today, sent: true));

        var preview = Sent.Text(await ExecuteAsync(host, leader, ChannelReportVerbs.Preview,
            new Dictionary<string, string>(ChannelReportSamples.Form()) { [ChannelReportVerbs.Id] = Guid.NewGuid().ToString("N") }));

        Assert.Contains("计划任务\n完成 1 项 · 未完成 3 项（逾期 2 项）", preview);
        var row = Assert.Single(await host.RowsAsync(GroupReportStore.Table));
        Assert.Equal(1, row.GetInt32("TasksDone"));
        Assert.Equal(3, row.GetInt32("TasksOpen"));
        Assert.Equal(2, row.GetInt32("TasksOverdue"));
    }

    [Fact]
    public async Task AGroupWithoutAPlanSentYet_SaysSo()
    {
        var preview = Sent.Text(await ExecuteAsync(host, leader, ChannelReportVerbs.Preview,
            new Dictionary<string, string>(ChannelReportSamples.Form()) { [ChannelReportVerbs.Id] = Guid.NewGuid().ToString("N") }));

        Assert.Contains("计划任务\n尚未下达计划任务", preview);
        Assert.Null(Assert.Single(await host.RowsAsync(GroupReportStore.Table)).GetInt32("TasksDone"));
    }

    private async Task AddTasksAsync(string group, params (PlanTaskStatus Status, DateOnly Due, bool sent)[] tasks)
    {
        var table = host.Services.GetRequiredService<Tables>()[PlanStore.TasksTable];
        for (var i = 0; i < tasks.Length; i++)
        {
            var (status, due, sent) = tasks[i];
            var task = PlanTasks.New(ReportSamples.Calendar.WorkYear, group, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            PlanTasks.Apply(task, new TaskContent($"任务{i + 1}", "说明", "成果", due, [], null));
            task.Cancelled = status == PlanTaskStatus.Cancelled;
            task.Progress = (status == PlanTaskStatus.Cancelled ? PlanTaskStatus.NotStarted : status).ToString();
            task.Revision = 1;
            task.PublishedRevision = sent ? 1 : 0;
            await table.UpsertCheckedAsync(task, CancellationToken.None);
        }
    }
}
