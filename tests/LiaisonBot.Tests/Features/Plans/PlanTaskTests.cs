using System.Text.Json.Nodes;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Reports;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Plans;

/// <summary>Members working on their tasks, and the leader's view of it all.</summary>
public sealed class PlanTaskTests : IAsyncLifetime
{
    private BotHost host = null!;
    private TestUser m004 = null!;
    private TestUser m002 = null!;
    private TestUser leader = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(PlanTesting.Settings());
        await host.ImportRosterAsync();
        await PlanTesting.ImportAsync(host, PlanTesting.Workbook());
        (m004, m002, leader) = (TestUser.Of(SampleRoster.Member, host), TestUser.Of(SampleRoster.Roster.ByCode("M002")!, host), TestUser.Of(SampleRoster.Leader, host));
        await host.PostAsync(TestUser.Of(SampleRoster.Secretariat, host).Execute(PlanVerbs.Publish, new { group = "T01", year = "2026" }));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task MyTasks_ListsOnlyTheMembersOpenTasks_SoonestFirst_OverdueMarked()
    {
        var card = Sent.Text(await ExecuteAsync(m004, PlanVerbs.MyTasks));

        Assert.Contains("待办 2 项，已完成 0 项", card);
        Assert.True(card.IndexOf("开展农村人居环境调研", StringComparison.Ordinal) < card.IndexOf("撰写社情民意信息", StringComparison.Ordinal));
        Assert.Contains("已逾期：应于 2026年3月31日 完成", card);
        Assert.DoesNotContain("视察城关镇养老服务", card);

        var typed = await host.PostAsync(m004.Message("我的任务"));
        Assert.Equal(200, (int)typed.StatusCode);
        Assert.Contains("撰写社情民意信息", Sent.Text(Sent.Card(Sent.Messages(host.Fake, m004).Last())));
    }

    [Fact]
    public async Task Owner_SavesProgress_AndTheCardShowsIt()
    {
        var form = await ExecuteAsync(m004, PlanVerbs.Progress, new { task = "2026-T01/2" });
        var etag = EtagOf(form);

        var saved = Sent.Text(await ExecuteAsync(m004, PlanVerbs.ProgressSave, new { task = "2026-T01/2", etag, status = "InProgress", percent = "40", note = "已走访三户" }));

        Assert.Contains("进度已保存", saved);
        Assert.Contains("进行中 · 40% · 已走访三户", saved);
        var stored = (await host.RowsAsync(PlanStore.TasksTable)).Single(t => t.PartitionKey == "2026-T01" && t.RowKey == "2");
        Assert.Equal(("InProgress", 40, "已走访三户", "M004"), (stored.GetString("Progress"), stored.GetInt32("Percent"), stored.GetString("Note"), stored.GetString("ProgressBy")));
    }

    [Fact]
    public async Task BadProgress_ComesBackBesideTheField_WithTheInputKept_AndNothingStored()
    {
        var etag = EtagOf(await ExecuteAsync(m004, PlanVerbs.Progress, new { task = "2026-T01/2" }));

        var card = await ExecuteAsync(m004, PlanVerbs.ProgressSave, new { task = "2026-T01/2", etag, status = "InProgress", percent = "140", note = "写了一半" });

        var text = Sent.Text(card);
        Assert.Contains("请输入 0 到 100 之间的整数", text);
        Assert.Contains("写了一半", text);
        Assert.Equal("NotStarted", (await host.RowsAsync(PlanStore.TasksTable)).Single(t => t.PartitionKey == "2026-T01" && t.RowKey == "2").GetString("Progress"));
    }

    [Theory]
    [InlineData("1e309")]
    [InlineData("-1e309")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("99999999999999999999999999999999")]
    public async Task AnOverflowingPercent_ComesBackBesideTheField_AndNothingStored(string percent)
    {
        var etag = EtagOf(await ExecuteAsync(m004, PlanVerbs.Progress, new { task = "2026-T01/2" }));

        var card = await ExecuteAsync(m004, PlanVerbs.ProgressSave, new { task = "2026-T01/2", etag, status = "InProgress", percent, note = "写了一半" });

        Assert.Contains("请输入 0 到 100 之间的整数", Sent.Text(card));
        Assert.Equal("NotStarted", (await host.RowsAsync(PlanStore.TasksTable)).Single(t => t.PartitionKey == "2026-T01" && t.RowKey == "2").GetString("Progress"));
    }

    [Fact]
    public async Task SomeoneElsesTask_IsRefused_WhateverTheCardSays()
    {
        var etag = EtagOf(await ExecuteAsync(m002, PlanVerbs.Progress, new { task = "2026-T01/3" }));

        var card = Sent.Text(await ExecuteAsync(m004, PlanVerbs.ProgressSave, new { task = "2026-T01/3", etag, status = "Done" }));

        Assert.Contains("这项任务不是您的", card);
        Assert.Contains("这项任务不是您的", Sent.Text(await ExecuteAsync(m004, PlanVerbs.Progress, new { task = "2026-T02/1" })));
        Assert.Equal("NotStarted", (await host.RowsAsync(PlanStore.TasksTable)).Single(t => t.PartitionKey == "2026-T01" && t.RowKey == "3").GetString("Progress"));
    }

    [Fact]
    public async Task StaleProgress_ShowsTheCurrentState_AndKeepsTheInput()
    {
        var etag = EtagOf(await ExecuteAsync(m004, PlanVerbs.Progress, new { task = "2026-T01/1" }));
        await ExecuteAsync(m002, PlanVerbs.ProgressSave, new { task = "2026-T01/1", etag, status = "InProgress", percent = "30" });

        var stale = await ExecuteAsync(m004, PlanVerbs.ProgressSave, new { task = "2026-T01/1", etag, status = "Done", note = "我这边完成了" });

        var card = Sent.Text(stale);
        Assert.Contains("同组委员刚刚更新了这项任务", card);
        Assert.Contains($"{SampleRoster.Roster.ByCode("M002")!.Name} 于", card);
        Assert.Contains("保存：进行中 · 30%", card);
        Assert.Contains("您刚才填写的（未保存）：已完成 · 我这边完成了", card);
        Assert.Equal(30, (await host.RowsAsync(PlanStore.TasksTable)).Single(t => t.PartitionKey == "2026-T01" && t.RowKey == "1").GetInt32("Percent"));

        // The form now holds the other save: pressing Save again as it stands keeps it, and cannot overwrite it unseen.
        var inputs = stale["body"]!.AsArray().Where(n => n?["id"] is not null).ToDictionary(n => n!["id"]!.GetValue<string>(), n => n!["value"]?.ToString());
        Assert.Equal(("InProgress", "30"), (inputs["status"], inputs["percent"]));
        await ExecuteAsync(m004, PlanVerbs.ProgressSave, new { task = "2026-T01/1", etag = EtagOf(stale), status = inputs["status"], percent = inputs["percent"] });
        var stored = (await host.RowsAsync(PlanStore.TasksTable)).Single(t => t.PartitionKey == "2026-T01" && t.RowKey == "1");
        Assert.Equal(("InProgress", 30), (stored.GetString("Progress"), stored.GetInt32("Percent")));
    }

    [Fact]
    public async Task ReportForATask_CountsAsEvidence_InTheLeadersGroupPlan()
    {
        var form = await Sent.InvokeCardAsync(await host.PostAsync(m004.Execute(ReportVerbs.Report)));
        Assert.Contains("撰写社情民意信息", Sent.Text(form)); // the "for task" choice lists the member's open tasks
        var formId = Sent.ActionData(form, ReportVerbs.Submit, ReportVerbs.FormId);
        var fields = new Dictionary<string, string>
        {
            [ReportVerbs.FormId] = formId,
            ["type"] = "Research",
            ["title"] = "走访城关镇养老院",
            ["date"] = "2026-05-10",
            ["description"] = "了解养老服务情况",
        };

        var refused = Sent.Text(await ExecuteAsync(m004, ReportVerbs.Submit, new Dictionary<string, string>(fields) { ["task"] = "2026-T01/3" }));
        Assert.Contains("请选择分给您的任务", refused);
        Assert.Empty(await host.RowsAsync(ReportStore.Table));

        var receipt = Sent.Text(await ExecuteAsync(m004, ReportVerbs.Submit, new Dictionary<string, string>(fields) { ["task"] = "2026-T01/2" }));
        Assert.Contains("对应任务\n撰写社情民意信息", receipt);
        Assert.Equal("2026-T01/2", (await host.RowsAsync(ReportStore.Table)).Single().GetString("TaskKey"));

        var plan = Sent.Text(await ExecuteAsync(leader, PlanVerbs.GroupPlan));
        Assert.Contains("城关镇联络组 · 2026 年度计划", plan);
        Assert.Contains("履职佐证 1 条：孙淑珍", plan);
        Assert.Contains("已逾期", plan);
        Assert.Contains("彭金凤、王秋菊", plan); // task 3's owners by name
    }

    [Fact]
    public async Task Leader_SeesOnlyTheirOwnGroup_WhateverTheCardSays()
    {
        var plan = Sent.Text(await ExecuteAsync(leader, PlanVerbs.GroupPlan, new { group = "T02" }));

        Assert.Contains("城关镇联络组", plan);
        Assert.DoesNotContain("河口镇", plan);
        Assert.Contains("只有办公室可以进行此操作", Sent.Text(await ExecuteAsync(leader, PlanVerbs.View, new { group = "T02", year = "2026" })));
    }

    private async Task<JsonNode> ExecuteAsync(TestUser user, string verb, object? data = null) =>
        await Sent.InvokeCardAsync(await host.PostAsync(user.Execute(verb, data)));

    private static string EtagOf(JsonNode card) => Sent.ActionData(card, PlanVerbs.ProgressSave, PlanVerbs.ETag);
}
