using System.Text.Json.Nodes;
using LiaisonBot.Cards;
using LiaisonBot.Features.Plans;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Plans;

/// <summary>
/// The first weeks of 2027, before its plans are out: last year's plan and tasks stay one tap away, and the pages of a
/// plan keep the year they show.
/// </summary>
public sealed class PlanYearTests : IAsyncLifetime
{
    private const int LastYear = PlanTesting.Year;

    private BotHost host = null!;
    private TestUser m004 = null!;
    private TestUser leader = null!;
    private TestUser office = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(PlanTesting.Settings(LastYear + 1));
        await host.ImportRosterAsync();
        var workbook = PlanTesting.Workbook(LastYear);
        var many = Enumerable.Range(10, 10).Select(n => PlanTesting.Task("T01", n.ToString(System.Globalization.CultureInfo.InvariantCulture), $"走访{n}号企业", $"{LastYear}-11-{n}")).ToList();
        await PlanTesting.ImportAsync(host, workbook with { Tasks = [.. workbook.Tasks, .. many] });
        (m004, leader, office) = (TestUser.Of(SampleRoster.Member, host), TestUser.Of(SampleRoster.Leader, host), TestUser.Of(SampleRoster.Secretariat, host));
        await host.PostAsync(office.Execute(PlanVerbs.Publish, new { group = "T01", year = LastYear.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task BeforeThisYearsPlanIsOut_TheLeaderReadsLastYearsPlan_OneTapAway()
    {
        var none = await ExecuteAsync(leader, PlanVerbs.GroupPlan);

        Assert.Contains("2027 年度计划尚未发布", Sent.Text(none));
        var lastYear = await ExecuteAsync(leader, PlanVerbs.GroupPlan, YearData(none, PlanVerbs.GroupPlan, "2026"));
        Assert.Contains("2026 年度计划", Sent.Text(lastYear));
        Assert.Contains("开展农村人居环境调研", Sent.Text(lastYear));
        YearData(lastYear, PlanVerbs.GroupPlan, "2027");

        var next = Sent.Buttons(lastYear).Single(b => (string?)b["verb"] == PlanVerbs.GroupPlan && b["data"]?["page"] is not null);
        Assert.Equal("2026", (string?)next["data"]![YearSwitch.Key]);
    }

    [Fact]
    public async Task MyTasks_OfLastYear_ListsTheOpenAndTheDone_WithTheirYearInTheTitle()
    {
        await host.PostAsync(m004.Execute(PlanVerbs.ProgressSave, new { task = "2026-T01/2", etag = await EtagAsync("2026-T01/2"), status = "Done", percent = "100", note = "" }));

        var thisYear = await ExecuteAsync(m004, PlanVerbs.MyTasks);
        Assert.Contains("我的任务（2027年）", Sent.Text(thisYear));
        Assert.DoesNotContain("撰写社情民意信息", Sent.Text(thisYear));

        var lastYear = await ExecuteAsync(m004, PlanVerbs.MyTasks, YearData(thisYear, PlanVerbs.MyTasks, "2026"));
        Assert.Contains("我的任务（2026年）", Sent.Text(lastYear));
        Assert.Contains("待办 11 项，已完成 1 项", Sent.Text(lastYear));
        Assert.Contains("开展农村人居环境调研", Sent.Text(lastYear));
        var next = Sent.Buttons(lastYear).Single(b => (string?)b["verb"] == PlanVerbs.MyTasks && b["data"]?["page"] is not null);
        var lastPage = Sent.Text(await ExecuteAsync(m004, PlanVerbs.MyTasks, next["data"]));
        Assert.Contains("我的任务（2026年）", lastPage);
        Assert.Contains("撰写社情民意信息", lastPage);
        Assert.Contains("已完成", lastPage);
    }

    [Fact]
    public async Task TheSecretariatsPlanPages_KeepTheYearTheyShow()
    {
        var plan = await ExecuteAsync(office, PlanVerbs.View, new { group = "T01", year = "2026" });

        var next = Sent.Buttons(plan).Single(b => (string?)b["verb"] == PlanVerbs.View && b["data"]?["page"] is not null);
        Assert.Equal("2026", (string?)next["data"]![YearSwitch.Key]);
        Assert.Contains("2026 年度计划", Sent.Text(await ExecuteAsync(office, PlanVerbs.View, next["data"])));
    }

    private async Task<string> EtagAsync(string task) =>
        Sent.ActionData(await ExecuteAsync(m004, PlanVerbs.Progress, new { task }), PlanVerbs.ProgressSave, PlanVerbs.ETag);

    /// <summary>The data of the card's year switch to <paramref name="year"/>, which must be there.</summary>
    private static Dictionary<string, string> YearData(JsonNode card, string verb, string year)
    {
        Assert.Contains(Sent.Buttons(card), b => (string?)b["verb"] == verb && (string?)b["data"]?[YearSwitch.Key] == year && b["data"]?["page"] is null);
        return new Dictionary<string, string> { [YearSwitch.Key] = year };
    }


    private async Task<JsonNode> ExecuteAsync(TestUser user, string verb, object? data = null) =>
        await Sent.InvokeCardAsync(await host.PostAsync(user.Execute(verb, data)));
}
