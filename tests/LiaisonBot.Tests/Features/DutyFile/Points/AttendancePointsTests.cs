using LiaisonBot.App;
using LiaisonBot.Features.DutyFile;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LiaisonBot.Tests.Features.DutyFile.Points;

/// <summary>
/// Attendance through the real pipeline: closed meetings write their attendance as Meetings does, announce the group's
/// change, and the members' points, duty files and exports follow, worked out here by hand from the template's rules
/// (plenary 5, consultation meeting 3; on leave −2, absent without leave −5).
/// </summary>
public sealed class AttendancePointsTests : PointsScenario
{
    private const string Minus = "\u2212";

    [Fact]
    public async Task MeetingsAttendedAndMissed_EarnAndCostWhatTheRulesSay_OnTheMembersDutyFile_InBothLanguages()
    {
        await AttachAsync(Office, Rules);
        await CloseAsync("mtg-plenary", MeetingKind.Plenary, 5, "县政协十届三次全体会议", ("M004", AttendanceOutcome.Present), ("M005", AttendanceOutcome.Absent));
        await CloseAsync("mtg-consult", MeetingKind.Consultation, 4, "养老服务协商会", ("M004", AttendanceOutcome.Present));
        await CloseAsync("mtg-standing", MeetingKind.StandingCommittee, 3, "常委会议", ("M004", AttendanceOutcome.Excused));
        await CloseAsync("mtg-group", MeetingKind.GroupActivity, 2, "联络组活动：走访企业", ("M004", AttendanceOutcome.Absent));

        // By hand: M004 plenary 5 + consultation 3 − on leave 2 − absent 5 = 1; M005 missed the plenary: −5.
        await Eventually.HoldsAsync(async () => await TotalAsync("M004") == 1 && await TotalAsync("M005") == -5, "points recomputed");
        var text = Sent.Text(await MessageAsync(Member, "我的履职档案"));
        Assert.Contains("1\n积分", text);
        Assert.Contains("会议出席\n出席 2 次 · 请假 1 次 · 缺席 1 次", text);
        Assert.Contains("县政协十届三次全体会议", text);
        Assert.Contains("全体会议 · 出席 · +5 · 组织者：县政协办公室", text);
        Assert.Contains("协商会 · 出席 · +3 · 组织者：县政协办公室", text);
        Assert.Contains($"常委会议 · 请假 · {Minus}2 · 组织者：县政协办公室", text);
        Assert.Contains($"联络组活动 · 缺席 · {Minus}5 · 组织者：县政协办公室", text);
        Assert.DoesNotContain("扣分：", text); // a meeting's deduction is listed with the meeting, not again among the other points

        var english = Sent.Text(await MessageAsync(TestUser.Of(SampleRoster.Member, Host, "en"), "my duty file"));
        Assert.Contains("1\nPoints", english);
        Assert.Contains("Meetings\nPresent 2 · on leave 1 · absent 1", english);
        Assert.Contains("Plenary session · present · +5 · organised by 县政协办公室", english);
        Assert.Contains("Consultation meeting · present · +3", english);
        Assert.Contains($"Standing Committee meeting · on leave · {Minus}2", english);
        Assert.Contains($"Liaison group activity · absent · {Minus}5", english);

        var fellow = Sent.Text(await MessageAsync(TestUser.Of(SampleRoster.Roster.ByCode("M005")!, Host), "我的履职档案"));
        Assert.Contains("-5\n积分", fellow);
        Assert.Contains("出席 0 次 · 请假 0 次 · 缺席 1 次", fellow);
    }

    [Fact]
    public async Task TheExportAndThePrintedFile_CarryTheMeetings()
    {
        await AttachAsync(Office, Rules);
        await CloseAsync("mtg-plenary", MeetingKind.Plenary, 5, "县政协十届三次全体会议", ("M004", AttendanceOutcome.Present));
        await CloseAsync("mtg-standing", MeetingKind.StandingCommittee, 3, "常委会议", ("M004", AttendanceOutcome.Excused));
        await Eventually.HoldsAsync(async () => await TotalAsync("M004") == 3, "points recomputed");

        var export = await Sent.InvokeCardAsync(await Host.PostAsync(Office.Execute(DutyFileVerbs.Export)));
        var url = new Uri(export["actions"]!.AsArray().First(a => (string?)a!["type"] == "Action.OpenUrl")!["url"]!.GetValue<string>());
        using var workbook = new MemoryStream(await Host.Client.GetByteArrayAsync(url.PathAndQuery));
        var lines = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "城关镇联络组").Cast<IDictionary<string, object>>()
            .Where(r => (string)r["委员"] == "孙淑珍").Select(r => $"{r["来源"]}|{r["类别"]}|{r["记录"]}|{r["积分"]}").ToList();
        Assert.Equal(["基础分|||0", "出席会议|全体会议|县政协十届三次全体会议|5", "扣分|常委会议|常委会议|-2", "合计|||3"], lines);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await DownloadAsync(await Sent.InvokeCardAsync(await Host.PostAsync(Member.Execute(DutyFileVerbs.Print))), 0));
        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Normalize(System.Text.NormalizationForm.FormKC);
        void Has(string expected) => Assert.Contains(expected.Normalize(System.Text.NormalizationForm.FormKC), text);
        Has("积分：3");
        Has("出席 1 次 · 请假 1 次 · 缺席 0 次");
        Has("县政协十届三次全体会议");
        Has("出席 · +5 · 组织者：县政协办公室");
        Has($"请假 · {Minus}2 · 组织者：县政协办公室");
    }

    /// <summary>Closes a meeting as Meetings does: the invitees' outcomes and the year's attendance rows, then the groups' change.</summary>
    private async Task CloseAsync(string id, MeetingKind kind, int daysAgo, string title, params (string Code, AttendanceOutcome Outcome)[] invitees)
    {
        var day = DateOnly.FromDayNumber(Math.Max(ReportSamples.Today.DayNumber - daysAgo, new DateOnly(Year, 1, 1).DayNumber));
        var startsAt = ReportSamples.Calendar.ToUtc(day, new TimeOnly(9, 0));
        var meeting = new MeetingEntity
        {
            RowKey = id,
            Kind = kind.ToString(),
            Title = title,
            StartsAt = startsAt,
            EndsAt = startsAt.AddHours(2),
            OrganiserCode = SampleRoster.Secretariat.Code,
            OrganiserName = "县政协办公室",
            State = nameof(MeetingState.Closed),
            Invitees = string.Join(';', invitees.Select(i => i.Code)),
        };
        var rows = invitees.Select(i => new InviteeEntity
        {
            PartitionKey = id,
            RowKey = i.Code,
            Code = i.Code,
            Name = SampleRoster.Roster.ByCode(i.Code)!.Name,
            GroupCode = SampleRoster.Roster.ByCode(i.Code)!.GroupCode,
            Outcome = i.Outcome.ToString(),
        }).ToList();

        await Host.Services.GetRequiredService<MeetingStore>().RecordAttendanceAsync(meeting, Year, rows, CancellationToken.None);
        foreach (var group in rows.Select(r => r.GroupCode).Distinct())
        {
            Host.Services.GetRequiredService<RecordChanges>().Changed(Year, group);
        }
    }
}
