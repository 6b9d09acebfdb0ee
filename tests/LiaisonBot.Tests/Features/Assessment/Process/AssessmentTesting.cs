using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Tests.Features.Broadcasts;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Assessment.Process;

/// <summary>
/// A bot with the sample roster and a year's scheme stored as the scheme workbook would store it, the secretariat, and
/// helpers to press the process's buttons as each person's client would.
/// </summary>
public sealed class AssessmentTesting(BotHost host)
{
    public static readonly string[] Tables = [AssessmentStore.Table, AssessmentStore.GroupTable];

    public BotHost Host => host;

    public TestUser Office { get; } = TestUser.Of(SampleRoster.Secretariat, host);

    /// <summary>高浩然, leader of T01 (城关镇联络组, a township).</summary>
    public TestUser Leader { get; } = TestUser.Of(SampleRoster.Leader, host);

    public WorkCalendar Calendar => host.Services.GetRequiredService<WorkCalendar>();

    public int Year => Calendar.WorkYear;

    public DateOnly Today => Calendar.Today;

    public AssessmentStore Store => host.Services.GetRequiredService<AssessmentStore>();

    public static async Task<BotHost> StartAsync()
    {
        var host = await BotHost.StartAsync(BroadcastTesting.Settings);
        await host.ImportRosterAsync();
        return host;
    }

    /// <summary>
    /// A small scheme: 自身建设 (plan filed on time, computed 5; ledger kept, claimed 5), 履职成果 (records per member, computed
    /// 10; duty output, claimed 10), 县委评分 (entered 5, townships only, rescaled for agencies); bonus at most 10; top 3 commended.
    /// </summary>
    /// <summary>A good self-evaluation of T01 (the sample scheme's claimable items A2 and B2, one bonus entry), as the card posts it.</summary>
    public static Dictionary<string, string> SelfSaveFields() => new()
    {
        [YearSwitch.Key] = "2026",
        [SelfForm.ClaimField("A2")] = "4.5",
        [SelfForm.StatementField("A2")] = "台账完整",
        [SelfForm.ClaimField("B2")] = "0",
        [SelfForm.StatementField("B2")] = "",
        [SelfForm.BonusPointsField(1)] = "2",
        [SelfForm.BonusReasonField(1)] = "获市政协表彰",
    };

    /// <summary>A good review of T01: the entered item C1, an adjustment of B2 with its reason, review done.</summary>
    public static Dictionary<string, string> ReviewFields() => new()
    {
        [YearSwitch.Key] = "2026",
        [AssessmentVerbs.Group] = "T01",
        [ReviewForm.EnteredField("C1")] = "4",
        [ReviewForm.AdjustField("B2")] = "3",
        [ReviewForm.ReasonField("B2")] = "复核",
        [ReviewForm.DoneField] = "true",
    };

    public static AssessmentScheme Scheme(int year, DateOnly deadline) => new(
        year,
        $"{year}年度联络组工作考核方案",
        deadline,
        [new("S1", "自身建设", "Self-building"), new("S2", "履职成果", "Duty output"), new("S3", "县委评分", "County party committee")],
        [
            new("A1", "S1", "按时报送工作计划", "Plan filed on time", 5, ItemSource.Computed, ItemScope.All) { Formula = ItemFormula.PlanFiledBy, By = new DateOnly(year, 2, 28) },
            new("A2", "S1", "活动台账完整", "Activity ledger kept", 5, ItemSource.Claimed, ItemScope.All),
            new("B1", "S2", "人均核实履职记录", "Verified records per member", 10, ItemSource.Computed, ItemScope.All) { Formula = ItemFormula.RecordsPerMember, Target = 4 },
            new("B2", "S2", "履职成果突出", "Notable duty output", 10, ItemSource.Claimed, ItemScope.All),
            new("C1", "S3", "县委评分", "County party committee's score", 5, ItemSource.Entered, ItemScope.Township),
        ],
        BonusCap: 10,
        RescaleMissing: true,
        Commended: 3,
        [new GradeBand("优秀", "Excellent", 90), new GradeBand("良好", "Good", 80), new GradeBand("称职", "Competent", 60), new GradeBand("不称职", "Not competent", 0)]);

    /// <summary>Stores the year's scheme as loading the workbook does (state Scheme); the deadline 20 days on unless given.</summary>
    public async Task SchemeAsync(DateOnly? deadline = null)
    {
        var added = await Store.TryAddAsync(new AssessmentEntity
        {
            RowKey = AssessmentEntity.Row(Year),
            Scheme = AssessmentJson.Write(Scheme(Year, deadline ?? Today.AddDays(20))),
            SchemeFile = "考核方案.xlsx",
            SchemeBy = SampleRoster.Secretariat.Code,
            SchemeAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
        Assert.True(added);
    }

    /// <summary>Stores the scheme and opens the year through the secretariat's confirm button.</summary>
    public async Task<JsonNode> OpenAsync(DateOnly? deadline = null)
    {
        await SchemeAsync(deadline);
        var card = await ExecuteAsync(Office, AssessmentVerbs.OpenConfirm, Data());
        Assert.Contains("已启动", Sent.Text(card));
        return card;
    }

    /// <summary>Moves the stored deadline, as if the days had passed (the clock also checks inbound tokens, so it stays put).</summary>
    public Task MoveDeadlineAsync(DateOnly deadline) =>
        Store.ChangeAsync(Year, a =>
        {
            a.Scheme = AssessmentJson.Write(a.ReadScheme() with { Deadline = deadline });
            return true;
        }, CancellationToken.None);

    public Dictionary<string, string> Data(params (string Key, string Value)[] more)
    {
        var data = new Dictionary<string, string> { [AssessmentVerbs.Year] = Year.ToString(CultureInfo.InvariantCulture) };
        foreach (var (key, value) in more)
        {
            data[key] = value;
        }

        return data;
    }

    public async Task<JsonNode> ExecuteAsync(TestUser user, string verb, object data) =>
        await Sent.InvokeCardAsync(await host.PostAsync(user.Execute(verb, data)));

    /// <summary>Puts people in a 1:1 chat with the bot (so the outbox can reach them).</summary>
    public async Task<List<TestUser>> InstallAsync(IEnumerable<Member> members, string locale = "zh-CN")
    {
        var users = new List<TestUser>();
        foreach (var member in members)
        {
            var user = TestUser.Of(member, host, locale);
            await host.PostAsync(user.Installation("add"));
            await host.PostAsync(user.Install());
            users.Add(user);
        }

        return users;
    }

    public async Task<GroupAssessmentEntity> RowAsync(string group) => (await Store.GroupAsync(Year, group, CancellationToken.None))!;

    public async Task<AssessmentEntity> YearAsync() => (await Store.FindAsync(Year, CancellationToken.None))!;

    /// <summary>The cards the bot posted into a user's chat (not the invoke answers), as text.</summary>
    public List<string> Posted(TestUser user) => [.. Sent.Messages(host.Fake, user).Where(m => m["attachments"] is not null).Select(m => Sent.Text(Sent.Card(m)))];

    /// <summary>The same cards as JSON with Chinese as it is, to look for what text does not show (an input's label or id).</summary>
    public List<string> PostedJson(TestUser user) =>
        [.. Sent.Messages(host.Fake, user).Where(m => m["attachments"] is not null).Select(m => Sent.Card(m).ToJsonString(Readable))];

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
