using LiaisonBot.Features.DutyFile;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Tests.Infrastructure;
using MiniExcelLibs;

namespace LiaisonBot.Tests.Features.Meetings;

/// <summary>After the meeting: marking by hand, closing into attendance, the sheet and its workbook.</summary>
public sealed class MeetingCloseTests : MeetingScenario
{
    [Fact]
    public async Task Closing_RecordsEachInviteeOnce_AsPresentOnLeaveOrAbsent()
    {
        var id = await CreateAsync(Office);
        var (onLeave, refused, marked, silent) = (Group[1], Group[2], Group[3], Group[4]);
        await ExecuteAsync(onLeave, MeetingVerbs.Leave, new { id, reason = "外出学习" });
        await ExecuteAsync(refused, MeetingVerbs.Leave, new { id, reason = "家中有事" });
        await ExecuteAsync(Leader, MeetingVerbs.Decide, new { id, member = CodeOf(onLeave), approve = "true" });
        await ExecuteAsync(Leader, MeetingVerbs.Decide, new { id, member = CodeOf(refused), approve = "false", note = "本次会议须本人参加" });
        Assert.Contains("会议开始后才能结束", Sent.Text(await ExecuteAsync(Office, MeetingVerbs.Close, new { id })));

        Clock.Offset = TimeSpan.FromMinutes(15); // sign-in is open: the organiser marks one member by hand
        var bare = Sent.Text(await ExecuteAsync(Office, MeetingVerbs.Mark, new { id, marked = CodeOf(marked) }));
        Assert.Contains("必填", bare);
        Assert.Null((await InviteeAsync(id, marked)).SignedInAt);
        var sheet = Sent.Text(await ExecuteAsync(Office, MeetingVerbs.Mark, new { id, marked = CodeOf(marked), note = "未带手机，纸质签到" }));
        Assert.Contains("已登记 1 人到会", sheet);
        Assert.Contains($"已到（1）\n{marked.Name}*", sheet);
        Assert.Contains($"请假未批准、未签到（1）\n{refused.Name}", sheet);

        Clock.Offset = TimeSpan.FromMinutes(45);
        var closed = Sent.Text(await ExecuteAsync(Office, MeetingVerbs.Close, new { id }));
        await ExecuteAsync(Office, MeetingVerbs.Close, new { id });

        Assert.Contains("会议已结束，出勤已记入履职档案", closed);
        Assert.Contains($"请假（1）\n{onLeave.Name}", closed);
        var year = (await MeetingAsync(id)).StartsAt.Year;
        var records = Host.Services.GetRequiredService<AttendanceRecords>();
        var all = await records.OfMembersAsync(year, [.. Group.Select(CodeOf)], CancellationToken.None);
        Assert.Equal(Group.Count, all.Count);
        Assert.Equal(AttendanceOutcome.Present, all.Single(r => r.MemberCode == CodeOf(marked)).Outcome);
        Assert.Equal(AttendanceOutcome.Excused, all.Single(r => r.MemberCode == CodeOf(onLeave)).Outcome);
        Assert.Equal(AttendanceOutcome.Absent, all.Single(r => r.MemberCode == CodeOf(refused)).Outcome);
        Assert.Equal(AttendanceOutcome.Absent, all.Single(r => r.MemberCode == CodeOf(silent)).Outcome);
        Assert.All(all, r => Assert.Equal(SampleRoster.Secretariat.Name, r.OrganiserName));
        Assert.Contains("缺席", Sent.Text(await ExecuteAsync(silent, MeetingVerbs.View, new { id })));
        Assert.Contains("会议已开始，不能再修改回复", Sent.Text(await ExecuteAsync(silent, MeetingVerbs.Coming, new { id })));
        var file = Sent.Text(await ExecuteAsync(marked, DutyFileVerbs.Mine, new { }));
        Assert.Contains("城关镇联络组三季度协商会", file); // the member's own record of it, in their duty file
    }

    [Fact]
    public async Task AMeetingLeftOpen_IsClosedByTheBot_AfterItsEnd()
    {
        var past = SignInTesting.Meeting(DateTimeOffset.UtcNow.AddHours(-16));
        await Store.AddAsync(past, SignInTesting.Invitees(past, signedIn: 2), CancellationToken.None);

        await Host.Services.GetRequiredService<MeetingReminders>().RunAsync(DateOnly.FromDateTime(LocalNow), digestDay: false, CancellationToken.None);

        Assert.Equal(MeetingState.Closed, (await MeetingAsync(past.Id)).Status);
        var records = await Host.Services.GetRequiredService<AttendanceRecords>().OfMembersAsync(
            Host.Services.GetRequiredService<LiaisonBot.Calendar.WorkCalendar>().ToDate(past.StartsAt).Year, [.. past.InviteeCodes], CancellationToken.None);
        Assert.Equal(2, records.Count(r => r.Outcome == AttendanceOutcome.Present));
        Assert.Equal(past.InviteeCodes.Count - 2, records.Count(r => r.Outcome == AttendanceOutcome.Absent));
    }

    [Fact]
    public async Task TheWorkbook_ListsEveryInvitee_AndItsLinkWorksOnlyAsSigned()
    {
        var id = await CreateAsync(Office);
        await ExecuteAsync(Group[1], MeetingVerbs.Coming, new { id });

        var card = await ExecuteAsync(Office, MeetingVerbs.Export, new { id });
        var link = Sent.Links(card).Single().PathAndQuery;
        var response = await Host.Client.GetAsync(link);
        var forged = await Host.Client.GetAsync(link.Replace("sig=", "sig=0", StringComparison.Ordinal));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, forged.StatusCode);
        var rows = MiniExcel.Query(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(Group.Count, rows.Count);
        Assert.Equal("参加", rows.Single(r => (string)r["姓名"] == Group[1].Name)["回复"]);
        Assert.Equal("未回复", rows.Single(r => (string)r["姓名"] == Group[2].Name)["回复"]);
    }

    [Fact]
    public async Task OnlyTheOrganiserOrTheSecretariat_Manage_AndOnlyInviteesReply()
    {
        var id = await CreateAsync(Leader);
        var otherLeader = TestUser.Of(SampleRoster.Roster.WithRole(LiaisonBot.App.Roles.Leader).First(m => m.GroupCode != "T01"), Host);
        var outsider = TestUser.Of(SampleRoster.Roster.Members.First(m => m.GroupCode == "T02" && !m.Has(LiaisonBot.App.Roles.Leader)), Host);
        Host.Fake.ClearRequests();

        foreach (var verb in new[] { MeetingVerbs.Status, MeetingVerbs.Sheet, MeetingVerbs.Mark, MeetingVerbs.Close, MeetingVerbs.Export, MeetingVerbs.Edit, MeetingVerbs.Reschedule, MeetingVerbs.Cancel, MeetingVerbs.CancelConfirm })
        {
            var byLeader = Sent.Text(await ExecuteAsync(otherLeader, verb, new { id, marked = CodeOf(Group[1]), note = "x", date = "2099-01-01", start = "09:00", end = "10:00", place = "x" }));
            var byMember = Sent.Text(await ExecuteAsync(outsider, verb, new { id }));
            Assert.Contains("只有会议组织者或政协办公室可以操作", byLeader); // the handler: a leader, but not this meeting's
            Assert.Contains("可以进行此操作", byMember); // the catalog: not a leader or the secretariat at all
        }

        foreach (var verb in new[] { MeetingVerbs.Coming, MeetingVerbs.Leave, MeetingVerbs.SignIn })
        {
            Assert.Contains("您不在本次会议的参会名单中", Sent.Text(await ExecuteAsync(outsider, verb, new { id, reason = "x", code = "123456" })));
        }

        Assert.Contains("城关镇联络组三季度协商会", Sent.Text(await ExecuteAsync(Office, MeetingVerbs.Status, new { id })));
        var m = await MeetingAsync(id);
        Assert.Equal(MeetingState.Open, m.Status);
        Assert.Equal(0, m.Revision);
        Assert.All(await Store.InviteesAsync(id, CancellationToken.None), i => Assert.Equal(nameof(MeetingReply.None), i.Reply));
        await Task.Delay(200);
        Assert.DoesNotContain(Host.Fake.Requests, r => r.Method is "POST" or "PUT" && Group.Any(u => u.ConversationId == r.ConversationId));
    }
}
