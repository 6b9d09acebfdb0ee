using System.Text.Json.Nodes;
using LiaisonBot.Features.Plans;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Plans.Publishing;

/// <summary>Publishing through the bot: each member gets their own card once; later, only what changed, only to whom it concerns.</summary>
public sealed class PlanPublishTests : IAsyncLifetime
{
    private BotHost host = null!;
    private TestUser office = null!;
    private Dictionary<string, TestUser> members = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(PlanTesting.Settings());
        await host.ImportRosterAsync();
        await PlanTesting.ImportAsync(host, PlanTesting.Workbook());
        office = TestUser.Of(SampleRoster.Secretariat, host);
        // M005 and M006 never installed the app.
        string[] codes = ["M001", "M002", "M003", "M004", "M008"];
        members = codes.Zip(await PlanTesting.InstallAsync(host, codes)).ToDictionary(p => p.First, p => p.Second);
        host.Fake.ClearRequests();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task FirstPublication_SendsEachMemberThePlanAndOnlyTheirTasks()
    {
        var result = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(office.Execute(PlanVerbs.Publish, new { group = "T01", year = "2026" }))));

        Assert.Contains("正在发送给 1 个联络组的 4 位委员", result);
        Assert.Contains("2 人未安装", result);
        await Eventually.HoldsAsync(() => new[] { "M001", "M002", "M003", "M004" }.All(c => Sent.Messages(host.Fake, members[c]).Count == 1), "each installed T01 member got one card");
        var m004 = Sent.Text(Sent.Card(Sent.Messages(host.Fake, members["M004"]).Single()));
        Assert.Contains("2026 年度工作计划", m004);
        Assert.Contains("学习全国政协会议精神", m004);
        Assert.Contains("开展农村人居环境调研", m004);  // the whole group's task
        Assert.Contains("撰写社情民意信息", m004);      // M004's own
        Assert.DoesNotContain("视察城关镇养老服务", m004); // M002 and M003's
        Assert.Contains("视察城关镇养老服务", Sent.Text(Sent.Card(Sent.Messages(host.Fake, members["M002"]).Single())));
        Assert.Empty(Sent.Messages(host.Fake, members["M008"])); // T02 was not published

        var plan = (await host.RowsAsync(PlanStore.PlansTable)).Single(p => p.RowKey == "T01");
        Assert.Equal(("Published", 1), (plan.GetString("State"), plan.GetInt32("Publications")));
    }

    [Fact]
    public async Task Republishing_SendsOnlyWhatChanged_ToThoseItConcerns()
    {
        await PublishAsync("T01");
        // Every card of the first publication, not just M004's: one still on its way would land among the changes.
        await Eventually.HoldsAsync(() => new[] { "M001", "M002", "M003", "M004" }.All(c => Sent.Messages(host.Fake, members[c]).Count == 1), "first publication delivered");
        host.Fake.ClearRequests();

        // Task 2 moves from M004 to M002; task 3 is unchanged.
        var changed = PlanTesting.Workbook() with
        {
            Tasks = [.. PlanTesting.Workbook().Tasks.Select(t => t.GroupCode == "T01" && t.No == "2" ? t with { Owners = ["M002"] } : t)],
        };
        await PlanTesting.ImportAsync(host, changed);
        var result = Sent.Text(await PublishAsync("T01"));

        Assert.Contains("正在发送给 1 个联络组的 2 位委员", result);
        await Eventually.HoldsAsync(() => Sent.Messages(host.Fake, members["M004"]).Count == 1 && Sent.Messages(host.Fake, members["M002"]).Count == 1, "the change reached both");
        var lost = Sent.Text(Sent.Card(Sent.Messages(host.Fake, members["M004"]).Single()));
        var gained = Sent.Text(Sent.Card(Sent.Messages(host.Fake, members["M002"]).Single()));
        Assert.Contains("年度工作计划有更新", gained);
        Assert.Contains("新增 · 撰写社情民意信息", gained);
        Assert.Contains("已不由您负责 · 撰写社情民意信息", lost);
        Assert.DoesNotContain("视察城关镇养老服务", gained); // unchanged
        Assert.DoesNotContain("学习全国政协会议精神", gained); // the plan's text did not change
        Assert.Empty(Sent.Messages(host.Fake, members["M001"]));

        var nothing = Sent.Text(await PublishAsync("T01"));
        Assert.Contains("没有需要发送的更新", nothing);
    }

    [Fact]
    public async Task PublishAll_SendsEveryGroupWithChanges_AndPressingItTwiceSendsNothingMore()
    {
        var first = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(office.Execute(PlanVerbs.Publish, new { group = "*", year = "2026" }))));
        Assert.Contains("正在发送给 2 个联络组的 5 位委员", first);
        var second = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(office.Execute(PlanVerbs.Publish, new { group = "*", year = "2026" }))));
        Assert.Contains("没有需要发送的更新", second);

        await Eventually.HoldsAsync(() => members.Values.All(u => Sent.Messages(host.Fake, u).Count == 1), "everyone installed got exactly one card");
        await Task.Delay(300);
        Assert.All(members.Values, u => Assert.Single(Sent.Messages(host.Fake, u)));
    }

    private async Task<JsonNode> PublishAsync(string group) =>
        await Sent.InvokeCardAsync(await host.PostAsync(office.Execute(PlanVerbs.Publish, new { group, year = "2026" })));
}
