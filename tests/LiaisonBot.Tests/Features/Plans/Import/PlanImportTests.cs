using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Plans.Import;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Plans.Import;

/// <summary>Applying a plan file to storage: drafts first, then changes in place that keep the members' progress.</summary>
public sealed class PlanImportTests : IAsyncLifetime
{
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(PlanTesting.Settings());
        await host.ImportRosterAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task FirstImport_StoresDraftPlansAndTasks()
    {
        var result = await PlanTesting.ImportAsync(host, PlanTesting.Workbook());

        Assert.Equal((2, 2, 4, 0, 0, 0), (result.Groups, result.PlansChanged, result.TasksAdded, result.TasksChanged, result.TasksCancelled, result.TasksUnchanged));
        var plans = await host.RowsAsync(PlanStore.PlansTable);
        Assert.Equal(["T01", "T02"], plans.Select(p => p.RowKey).Order());
        Assert.All(plans, p => Assert.Equal("Draft", p.GetString("State")));
        Assert.Equal("学习全国政协会议精神\n学习协商议政规则", plans[0].GetString("Learning"));
        var tasks = await host.RowsAsync(PlanStore.TasksTable);
        var owned = tasks.Single(t => t.PartitionKey == "2026-T01" && t.RowKey == "3");
        Assert.Equal(("视察城关镇养老服务", "2026-12-20", "M002;M003", "NotStarted"),
            (owned.GetString("Title"), owned.GetString("DueDate"), owned.GetString("Owners"), owned.GetString("Progress")));
    }

    [Fact]
    public async Task SameFileAgain_ChangesNothing_NotEvenATimestamp()
    {
        await PlanTesting.ImportAsync(host, PlanTesting.Workbook());
        var before = await SnapshotAsync();

        var again = await PlanTesting.ImportAsync(host, PlanTesting.Workbook());

        Assert.False(again.Changed);
        Assert.Equal(4, again.TasksUnchanged);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task ChangedFile_UpdatesTasksInPlace_KeepsProgress_CancelsDroppedOnes()
    {
        await PlanTesting.ImportAsync(host, PlanTesting.Workbook());
        var store = host.Services.GetRequiredService<PlanStore>();
        var task = (await store.FindTaskAsync("2026-T01/2", CancellationToken.None))!;
        (task.Progress, task.Percent, task.Note) = ("InProgress", 40, "已走访三户");
        Assert.True(await store.TrySaveAsync(task, CancellationToken.None));

        var changed = PlanTesting.Workbook() with
        {
            Tasks =
            [
                PlanTesting.Task("T01", "1", "开展农村人居环境调研", "2026-03-31"),
                PlanTesting.Task("T01", "2", "撰写两篇社情民意信息", "2026-07-31", "M004"),
                PlanTesting.Task("T01", "4", "参加县政协协商会", "2026-09-30"),
                PlanTesting.Task("T02", "1", "联系河口镇企业", "2026-12-25", "M008"),
            ],
        };
        var result = await PlanTesting.ImportAsync(host, changed);

        Assert.Equal((1, 1, 1, 2), (result.TasksAdded, result.TasksChanged, result.TasksCancelled, result.TasksUnchanged));
        var updated = (await store.FindTaskAsync("2026-T01/2", CancellationToken.None))!;
        Assert.Equal(("撰写两篇社情民意信息", "2026-07-31", "InProgress", 40, "已走访三户", 2),
            (updated.Title, updated.DueDate, updated.Progress, updated.Percent, updated.Note, updated.Revision));
        Assert.True((await store.FindTaskAsync("2026-T01/3", CancellationToken.None))!.Cancelled);
        Assert.Equal(PlanTaskStatus.NotStarted, (await store.FindTaskAsync("2026-T01/4", CancellationToken.None))!.Status);

        // Listing the cancelled task again brings it back, progress and all.
        var restored = await PlanTesting.ImportAsync(host, PlanTesting.Workbook());
        Assert.Equal(1, restored.TasksCancelled); // task 4 is not in the original file
        Assert.False((await store.FindTaskAsync("2026-T01/3", CancellationToken.None))!.Cancelled);
    }

    [Fact]
    public async Task TasksOnly_LeavesPlanTextAlone_AndOtherGroupsUntouched()
    {
        await PlanTesting.ImportAsync(host, PlanTesting.Workbook());
        var tasksOnly = new PlanWorkbook(PlanTesting.Year, [], [PlanTesting.Task("T02", "1", "联系河口镇企业并座谈", "2026-12-25", "M008")]);

        var result = await PlanTesting.ImportAsync(host, tasksOnly);

        Assert.Equal((1, 0, 1), (result.Groups, result.PlansChanged, result.TasksChanged));
        var plans = await host.RowsAsync(PlanStore.PlansTable);
        Assert.All(plans, p => Assert.StartsWith(p.RowKey, p.GetString("Goals")));
        Assert.Equal(3, (await host.RowsAsync(PlanStore.TasksTable)).Count(t => t.PartitionKey == "2026-T01" && t.GetBoolean("Cancelled") == false));
    }

    private Task<List<string>> SnapshotAsync() => host.SnapshotAsync(PlanStore.PlansTable, PlanStore.TasksTable);
}
