using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment;
using LiaisonBot.Features.Broadcasts;
using LiaisonBot.Features.ChannelReports;
using LiaisonBot.Features.DutyFile;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Reports;
using LiaisonBot.Features.Scoring;
using LiaisonBot.Protocol;
using LiaisonBot.Tests.Features.Assessment.Process;
using LiaisonBot.Tests.Features.ChannelReports;
using LiaisonBot.Tests.Features.DutyFile.Points;
using LiaisonBot.Tests.Features.Plans;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Features.Scoring;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Hostile;

/// <summary>
/// Every form the bot has, and every other card verb, under a seeded, bounded corpus of hostile values, sent by people of
/// every role in 1:1 chats and in a channel, some with the conversation or sender missing. Never a 5xx, never an
/// unhandled exception in the logs; a hole in the activity is a 400; each form still accepts its good submissions.
/// </summary>
[StartFirst]
public sealed class EveryFormFuzzTests : IAsyncLifetime
{
    private const int Rounds = 420;

    private BotHost host = null!;
    private TestTeam team = null!;
    private Dictionary<string, TestUser> people = null!;
    private string roundId = "";
    private string meetingId = "";
    private Member scorer = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(PlanTesting.Settings());
        await host.ImportRosterAsync();
        await PlanTesting.ImportAsync(host, PlanTesting.Workbook());
        var scoring = new ScoringTesting(host);
        scorer = ScoringTesting.StandingCommittee.First(m => m.Code != SampleRoster.Leader.Code);
        people = new Dictionary<string, TestUser>
        {
            ["member"] = TestUser.Of(SampleRoster.Member, host),
            ["leader"] = TestUser.Of(SampleRoster.Leader, host),
            ["office"] = scoring.Office,
            ["scorer"] = TestUser.Of(scorer, host),
        };
        await host.PostAsync(people["office"].Execute(PlanVerbs.Publish, new { group = "T01", year = PlanTesting.Year.ToString(CultureInfo.InvariantCulture) }));
        team = TestTeam.Create(host);
        await ChannelReportTesting.LinkAsync(host, team, people["leader"]);
        roundId = await scoring.OpenRoundAsync();
        meetingId = NewId();
        await host.PostAsync(people["office"].Execute(MeetingVerbs.Create, Meeting(meetingId)));
        // Rules for the year, so the points list reads its filter (a grade is checked against the rules' bands).
        await host.Services.GetRequiredService<PointsRulesStore>().SaveAsync(
            RulesTemplate.Expected with { Year = PlanTesting.Year }, "rules.xlsx", "办公室", DateTimeOffset.UtcNow, CancellationToken.None);
        await new AssessmentTesting(host).OpenAsync(); // the year's assessment open, so its forms are read, not refused
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    /// <summary>Each form: its verbs, who fills it in, a good submission to start from, and what its acceptance says.</summary>
    private IReadOnlyList<Form> Forms() =>
    [
        new([ReportVerbs.Submit], ["member", "leader"], () => Good(ReportSamples.Form(), (ReportVerbs.FormId, NewId())), "✓ 已记录"),
        new([ReportVerbs.WithdrawConfirm], ["member"], () => Good(new Dictionary<string, string> { [ReportVerbs.ReportId] = NewId(), [ReportVerbs.Reason] = "重复上报" }), null),
        new([ReportVerbs.ReturnConfirm, ReportVerbs.Verify], ["leader", "office"], () => Good(new Dictionary<string, string>
        {
            [ReportVerbs.Author] = SampleRoster.Member.Code, [ReportVerbs.ReportId] = NewId(), [ReportVerbs.ETag] = "*", [ReportVerbs.Reason] = "请补充地点",
        }), null),
        new([ReportVerbs.Record], ["leader", "office"], () => Good(ReportSamples.Form(participants: "M004,M005"), (ReportVerbs.FormId, NewId())), "已为"),
        new([ReportVerbs.DisputeConfirm, ReportVerbs.Remove, ReportVerbs.Keep], ["member", "leader"], () => Good(new Dictionary<string, string>
        {
            [ReportVerbs.Author] = SampleRoster.Member.Code, [ReportVerbs.ReportId] = NewId(), [ReportVerbs.ETag] = "*", [ReportVerbs.Reason] = "没有参加",
        }), null),
        new([PlanVerbs.ProgressSave], ["member"], () => Good(new Dictionary<string, string>
        {
            [PlanVerbs.Task] = "2026-T01/2", [PlanVerbs.ETag] = "*", [ProgressForm.Status] = "InProgress", [ProgressForm.Percent] = "40", [ProgressForm.Note] = "已走访",
        }), null),
        new([PlanVerbs.SaveTask], ["office"], () => Good(new Dictionary<string, string>
        {
            [PlanVerbs.Group] = "T01", [PlanVerbs.Year] = "2026", [TaskForm.Title] = "走访企业", [TaskForm.Description] = "走访五家企业",
            [TaskForm.Outcome] = "报告一份", [TaskForm.Due] = "2026-12-20", [TaskForm.Owners] = "M004", [TaskForm.PlanItem] = "乡村振兴",
        }), "已保存"),
        new([BroadcastVerbs.Preview, BroadcastVerbs.Send], ["office"], () => Good(new Dictionary<string, string>
        {
            [BroadcastVerbs.Id] = NewId(), [BroadcastForm.Title] = "关于召开常委会议的通知", [BroadcastForm.Body] = "定于12月10日召开常委会议。",
            [BroadcastForm.Urgent] = "false", [BroadcastForm.AskAck] = "true", [BroadcastForm.Everyone] = "false", [BroadcastForm.Groups] = "T01",
            [BroadcastForm.Roles] = "", [BroadcastForm.SendDate] = "", [BroadcastForm.SendTime] = "", [BroadcastForm.LinkUrl] = "", [BroadcastForm.LinkTitle] = "",
        }), "预览"),
        new([ScoringVerbs.Open], ["office"], () => Good(ScoringTesting.RoundFields(), (ScoringVerbs.Id, NewId())), null),
        new([ScoringVerbs.Save], ["scorer"], () => Good(Scores(), (ScoringVerbs.Id, roundId), (ScoringVerbs.PageNumber, "0")), "已记录"),
        new([ChannelReportVerbs.Preview, ChannelReportVerbs.Save, ChannelReportVerbs.Publish], ["leader", "office"],
            () => Good(ChannelReportSamples.Form(), (ChannelReportVerbs.Id, NewId())), "预览"),
        new([DutyFileVerbs.Points, DutyFileVerbs.Export, DutyFileVerbs.Recompute], ["leader", "office"], () => Good(new Dictionary<string, string>
        {
            [YearSwitch.Key] = "2026", [DutyFileVerbs.Group] = "T01", [DutyFileVerbs.Grade] = "称职", [DutyFileVerbs.Below] = "true", [DutyFileVerbs.Page] = "1",
        }), null),
        new([MeetingVerbs.Create], ["office", "leader"], () => Good(Meeting(NewId())), "应到"),
        new([MeetingVerbs.Coming, MeetingVerbs.Leave, MeetingVerbs.SignIn, MeetingVerbs.View], ["member", "leader"], () => Good(new Dictionary<string, string>
        {
            [MeetingVerbs.Id] = meetingId, [MeetingVerbs.Reason] = "出差", [MeetingVerbs.Code] = "123 456",
        }), null),
        new([MeetingVerbs.Decide, MeetingVerbs.Request], ["leader", "office"], () => Good(new Dictionary<string, string>
        {
            [MeetingVerbs.Id] = meetingId, [MeetingVerbs.Member] = SampleRoster.Member.Code, [MeetingVerbs.Approve] = "false", [MeetingVerbs.Note] = "须本人参加",
        }), null),
        new([MeetingVerbs.Mark, MeetingVerbs.Sheet, MeetingVerbs.Status, MeetingVerbs.Export, MeetingVerbs.Edit, MeetingVerbs.Reschedule, MeetingVerbs.Close],
            ["office", "leader"], () => Good(Meeting(meetingId), (MeetingVerbs.Marked, "M002,M003"), (MeetingVerbs.Note, "纸质签到")), null),
        new([DutyFileVerbs.Mine, DutyFileVerbs.Print], ["member"], () => Good(new Dictionary<string, string> { [YearSwitch.Key] = "2025" }), null),
        new([AssessmentVerbs.SelfSave], ["leader"], () => Good(AssessmentTesting.SelfSaveFields()), "草稿已保存"),
        new([AssessmentVerbs.ReviewSave, AssessmentVerbs.ReviewGroup], ["office"], () => Good(AssessmentTesting.ReviewFields()), "审核已保存"),
    ];

    [Fact]
    public async Task EveryFieldOfEveryForm_TakesEachHostileValue_WithoutA5xx_OrAnUnhandledError()
    {
        var cases = new List<(string What, Activity Activity)>();
        foreach (var form in Forms())
        {
            foreach (var field in form.Good().Select(p => p.Key))
            {
                foreach (var value in HostileCorpus.Pointed())
                {
                    var data = form.Good();
                    if (ReferenceEquals(value, HostileCorpus.Missing))
                    {
                        data.Remove(field);
                    }
                    else
                    {
                        data[field] = value?.DeepClone();
                    }

                    var i = cases.Count;
                    var user = people[form.People[i % form.People.Length]];
                    var verb = form.Verbs[i % form.Verbs.Length];
                    cases.Add(($"#{i} {verb}.{field}", i % 7 == 0 ? team.Execute(user, verb, data) : user.Execute(verb, data)));
                }
            }
        }

        // Several at once, as a busy committee would send them: the cases are independent (each has its own ids).
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (c, _) => await PostAsync(c.What, c.Activity));
    }

    [Fact]
    public async Task RandomHostileSubmissions_ToEveryFormAndVerb_NeverCause5xx_OrAnUnhandledError_AndGoodOnesStillPass()
    {
        var random = new Random(20261204);
        var forms = Forms();
        var verbs = AllVerbs();
        var keys = AllKeys(forms);
        var accepted = forms.ToDictionary(f => f, _ => 0);
        for (var i = 0; i < Rounds; i++)
        {
            var form = random.Next(3) > 0 ? forms[random.Next(forms.Count)] : null;
            var verb = form?.Verbs[random.Next(form.Verbs.Length)] ?? verbs[random.Next(verbs.Length)];
            var data = form?.Good() ?? new JsonObject();
            Mutate(data, keys, random, spoil: form is null || random.Next(4) > 0);
            var user = form is not null && random.Next(5) > 0 ? people[form.People[random.Next(form.People.Length)]] : people.Values.ElementAt(random.Next(people.Count));
            var activity = random.Next(6) == 0 ? team.Execute(user, verb, data) : user.Execute(verb, data);
            var hole = random.Next(20) == 0;
            if (hole)
            {
                activity = random.Next(2) == 0 ? activity with { Conversation = null } : activity with { From = activity.From! with { Id = random.Next(2) == 0 ? null : "" } };
            }
            else if (random.Next(25) == 0)
            {
                activity = activity with { Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb, data = "not an object" } }, BotJson.Options) };
            }

            var body = await PostAsync($"#{i} {verb} as {user.Name}", activity, hole);
            if (form?.Accepted is { } mark && body.Contains(mark, StringComparison.Ordinal))
            {
                accepted[form]++;
            }
        }

        Assert.All(forms.Where(f => f.Accepted is not null), f => Assert.True(accepted[f] > 0, $"{f.Verbs[0]} never accepted a submission: the corpus tests too little"));
    }

    /// <summary>Posts the activity as a client would (lone surrogates made real); no 5xx, no error logged, a 400 for a hole.</summary>
    private async Task<string> PostAsync(string what, Activity activity, bool hole = false)
    {
        var json = HostileCorpus.Raw(JsonSerializer.Serialize(activity, BotJson.Options));
        var response = await host.PostRawAsync(json, host.Fake.Tokens.Header(s => s with { ServiceUrl = activity.ServiceUrl }));
        var body = await response.Content.ReadAsStringAsync();
        what = $"{what}: {Clip(json)} → HTTP {(int)response.StatusCode} {Clip(body)}";
        Assert.True((int)response.StatusCode < 500, what);
        Assert.True(!hole || (int)response.StatusCode == 400, what);
        var status = body.Length > 0 ? (int?)JsonNode.Parse(body)?["statusCode"] : null;
        Assert.True(status is null or < 500, what);
        var error = host.Logs.Lines.FirstOrDefault(l => l.StartsWith("Error ", StringComparison.Ordinal) || l.StartsWith("Critical ", StringComparison.Ordinal));
        Assert.True(error is null, $"{what}\n{error}");
        return body;
    }

    /// <summary>Replaces, removes or adds fields: each field of the form a third of the time, and one key the bot knows from any form.</summary>
    private static void Mutate(JsonObject data, string[] keys, Random random, bool spoil)
    {
        if (!spoil)
        {
            return;
        }

        foreach (var field in data.Select(p => p.Key).ToList())
        {
            switch (random.Next(6))
            {
                case 0: data.Remove(field); break;
                case 1: data[field] = HostileCorpus.Value(random); break;
            }
        }

        data[keys[random.Next(keys.Length)]] = HostileCorpus.Value(random);
    }

    private static JsonObject Good(IEnumerable<KeyValuePair<string, string>> fields, params (string Key, string Value)[] more) =>
        Good(fields.Select(p => KeyValuePair.Create(p.Key, (object?)p.Value)), more);

    private static JsonObject Good(IEnumerable<KeyValuePair<string, object?>> fields, params (string Key, string Value)[] more)
    {
        var data = new JsonObject();
        foreach (var (key, value) in fields)
        {
            data[key] = value?.ToString();
        }

        foreach (var (key, value) in more)
        {
            data[key] = value;
        }

        return data;
    }

    private Dictionary<string, string> Scores()
    {
        var fields = new Dictionary<string, string>();
        foreach (var group in ScoringTesting.Pages(scorer)[0])
        {
            foreach (var c in Criteria.All)
            {
                fields[Criteria.FieldId(group, c)] = "20";
            }
        }

        return fields;
    }

    /// <summary>Every verb and data key a feature declares: a verb the bot does not know must be answered as calmly as one it does.</summary>
    private static string[] AllVerbs() => [.. Constants(t => t.Name.EndsWith("Verbs", StringComparison.Ordinal)), "help", "whoami", "nonsense"];

    private static string[] AllKeys(IReadOnlyList<Form> forms) =>
        [.. Constants(t => t.Name.EndsWith("Verbs", StringComparison.Ordinal) || t.Name.EndsWith("Form", StringComparison.Ordinal))
            .Concat(forms.SelectMany(f => f.Good().Select(p => p.Key))).Distinct()];

    private static IEnumerable<string> Constants(Func<Type, bool> which) =>
        typeof(Program).Assembly.GetTypes().Where(t => t.IsAbstract && t.IsSealed && which(t))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

    private static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>A group meeting the day after tomorrow, as the secretariat fills in the form.</summary>
    private static Dictionary<string, string> Meeting(string id) => new()
    {
        [MeetingVerbs.Id] = id,
        [MeetingForm.Kind] = "Consultation",
        [MeetingForm.Title] = "三季度协商会",
        [MeetingForm.Date] = WorkCalendar.Iso(ReportSamples.Today.AddDays(2)),
        [MeetingForm.StartTime] = "09:00",
        [MeetingForm.EndTime] = "11:00",
        [MeetingForm.Place] = "县政协三楼会议室",
        [MeetingForm.Groups] = "T01",
        [MeetingForm.Approval] = "Leader",
        [MeetingForm.ReplyByDate] = WorkCalendar.Iso(ReportSamples.Today.AddDays(1)),
    };

    private static string Clip(string text) => text.Length > 600 ? text[..600] + "…" : text;

    private sealed record Form(string[] Verbs, string[] People, Func<JsonObject> Good, string? Accepted);
}
