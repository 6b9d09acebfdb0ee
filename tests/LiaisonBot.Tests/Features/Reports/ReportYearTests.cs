using System.Text.Json.Nodes;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Reports;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LiaisonBot.Tests.Features.Reports;

/// <summary>
/// January, when last year's work is still being reported: last year's reports stay in reach, and a report counts for a
/// plan task only if its date is in that task's year, which the form says beside the field.
/// </summary>
public sealed class ReportYearTests : IAsyncLifetime
{
    /// <summary>10 January 2027 in the committee's time zone; only the work calendar sees it, tokens keep the real time.</summary>
    private static readonly FakeTimeProvider January = new(new DateTimeOffset(2027, 1, 10, 10, 0, 0, TimeSpan.FromHours(8)));

    private BotHost host = null!;
    private TestUser member = null!;
    private TestUser leader = null!;
    private TestUser office = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(services: services =>
        {
            services.AddSingleton(sp => new WorkCalendar(January, sp.GetRequiredService<IOptions<CalendarOptions>>()));
            services.AddSingleton<IReportTaskSource>(new YearTasks());
        });
        await host.ImportRosterAsync();
        member = TestUser.Of(SampleRoster.Member, host, "zh-CN");
        leader = TestUser.Of(SampleRoster.Leader, host, "zh-CN");
        office = TestUser.Of(SampleRoster.Secretariat, host, "zh-CN");
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task InJanuary_DecembersReports_AreOneTapAway_InMyReports_AndTheSummaries()
    {
        await SubmitAsync(member, Form("十二月的调研", "2026-12-20"));

        var mine = await ExecuteAsync(member, ReportVerbs.Mine);
        Assert.Contains("我的履职（2027年）", Sent.Text(mine));
        Assert.DoesNotContain("十二月的调研", Sent.Text(mine));
        var lastYear = await ExecuteAsync(member, ReportVerbs.Mine, YearData(mine, ReportVerbs.Mine, "2026"));
        Assert.Contains("我的履职（2026年）", Sent.Text(lastYear));
        Assert.Contains("十二月的调研", Sent.Text(lastYear));
        YearData(lastYear, ReportVerbs.Mine, "2027");

        var group = await ExecuteAsync(leader, ReportVerbs.Group);
        var groupLastYear = await ExecuteAsync(leader, ReportVerbs.Group, YearData(group, ReportVerbs.Group, "2026"));
        Assert.Contains("共 0 条", Sent.Text(group));
        Assert.Contains("城关镇联络组履职情况（2026年）", Sent.Text(groupLastYear));
        Assert.Contains("共 1 条", Sent.Text(groupLastYear));

        var all = await ExecuteAsync(office, ReportVerbs.All);
        var allLastYear = await ExecuteAsync(office, ReportVerbs.All, YearData(all, ReportVerbs.All, "2026"));
        Assert.Contains("全部履职（2026年）", Sent.Text(allLastYear));
        Assert.Contains("共 1 条", Sent.Text(allLastYear));
    }

    [Fact]
    public async Task AYearOutsideWhatReportsMayBeFiledFor_ShowsTheCurrentYear()
    {
        var card = Sent.Text(await ExecuteAsync(member, ReportVerbs.Mine, new Dictionary<string, string> { [YearSwitch.Key] = "1999" }));

        Assert.Contains("我的履职（2027年）", card);
    }

    [Fact]
    public async Task TheNewForm_OffersTheTasksOfBothYearsADateMayBeIn_NamedByYear()
    {
        var form = Sent.Card(await PostMessageAsync(member, "上报"));

        var choices = TaskChoices(form);
        Assert.Equal(["2027 · 走访企业", "2026 · 养老服务调研"], choices.Select(c => (string)c!["title"]!));
    }

    [Fact]
    public async Task AReportDatedLastYear_ForThisYearsTask_IsRefusedBesideTheField_SayingWhy_AndNothingIsStored()
    {
        var card = await SubmitAsync(member, Form("十二月的调研", "2026-12-20", YearTasks.ThisYear));
        var english = await SubmitAsync(member with { Locale = "en-US" }, Form("December research", "2026-12-20", YearTasks.ThisYear));

        Assert.Empty(await host.RowsAsync(ReportStore.Table));
        Assert.Equal("⚠ 该任务属于2027年度计划，活动日期须在2027年内。", ErrorAfter(card, ReportForm.Task));
        Assert.Equal("⚠ This task belongs to the 2027 plan; the activity date must be in 2027.", ErrorAfter(english, ReportForm.Task));
        Assert.Equal(YearTasks.ThisYear, (string?)Input(card, ReportForm.Task)["value"]);
    }

    [Fact]
    public async Task AReportDatedLastYear_ForLastYearsTask_IsStoredUnderLastYear_AndCountsForIt()
    {
        var receipt = await SubmitAsync(member, Form("十二月的调研", "2026-12-20", YearTasks.LastYear));

        Assert.Contains("✓ 已记录", Sent.Text(receipt));
        var stored = Assert.Single(await host.RowsAsync(ReportStore.Table));
        Assert.Equal(2026, stored.GetInt32("WorkYear"));
        Assert.Equal(YearTasks.LastYear, stored.GetString("TaskKey"));
    }

    [Fact]
    public async Task AFormComingBackWithAnError_OffersOnlyTheTasksOfItsDatesYear_AndTheOneChosen()
    {
        var fields = Form("", "2026-12-20");

        var card = await SubmitAsync(member, fields);

        Assert.Equal(["2026 · 养老服务调研"], TaskChoices(card).Select(c => (string)c!["title"]!));
    }

    private static Dictionary<string, object?> Form(string title, string date, string? task = null)
    {
        var fields = ReportSamples.Form(title: title);
        fields[ReportForm.Date] = date;
        fields[ReportForm.Task] = task;
        fields[ReportVerbs.FormId] = Guid.NewGuid().ToString("N");
        return fields;
    }

    /// <summary>The data of the card's year switch to <paramref name="year"/>, which must be there.</summary>
    private static Dictionary<string, string> YearData(JsonNode card, string verb, string year)
    {
        Assert.Contains(Sent.Buttons(card), b => (string?)b["verb"] == verb && (string?)b["data"]?[YearSwitch.Key] == year);
        return new Dictionary<string, string> { [YearSwitch.Key] = year };
    }


    private static JsonArray TaskChoices(JsonNode card) => Input(card, ReportForm.Task)["choices"]!.AsArray();

    private static JsonNode Input(JsonNode card, string id) => card["body"]!.AsArray().Single(e => (string?)e!["id"] == id)!;

    private static string ErrorAfter(JsonNode card, string id)
    {
        var body = card["body"]!.AsArray();
        return (string)body[body.IndexOf(Input(card, id)) + 1]!["text"]!;
    }

    private async Task<JsonNode> PostMessageAsync(TestUser user, string text)
    {
        await host.PostAsync(user.Message(text));
        return Sent.Messages(host.Fake, user).Last();
    }

    private async Task<JsonNode> ExecuteAsync(TestUser user, string verb, object? data = null) =>
        await Sent.InvokeCardAsync(await host.PostAsync(user.Execute(verb, data)));

    private async Task<JsonNode> SubmitAsync(TestUser user, Dictionary<string, object?> data) => await ExecuteAsync(user, ReportVerbs.Submit, data);

    /// <summary>The member's plan: one task in last year's plan, one in this year's.</summary>
    private sealed class YearTasks : IReportTaskSource
    {
        public const string ThisYear = "P2027-T01";
        public const string LastYear = "P2026-T01";

        public Task<IReadOnlyList<OwnTask>> TasksOfAsync(Member member, int workYear, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<OwnTask>>(workYear switch
            {
                2027 => [new OwnTask(ThisYear, "走访企业", IsOpen: true)],
                2026 => [new OwnTask(LastYear, "养老服务调研", IsOpen: true)],
                _ => [],
            });
    }
}
