using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Meetings.SignIn;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Tests.Cards;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Tests.Features.Meetings;

/// <summary>
/// Every meeting card, at its worst: a plenary of the whole committee (every invitee in some state, long names and
/// reasons) on the organiser's card and the attendance sheet, the forms with every error, each invitee's state.
/// </summary>
public sealed class MeetingCardSamples : ICardSamples
{
    private static readonly SignInWindow Window = new(Options.Create(new MeetingOptions()));

    public IEnumerable<(string Name, AdaptiveCard Card)> Samples(Texts t)
    {
        var calendar = ReportSamples.Calendar;
        var roster = SampleRoster.Roster;
        var plenary = Meeting(calendar.Now.AddMinutes(10), roster.Members.Select(m => m.Code));
        var invitees = Invitees(plenary, roster).ToList();
        var secretariat = new Caller(SampleRoster.Secretariat, roster, t);
        var leader = new Caller(SampleRoster.Leader, roster, t);
        var errors = new Dictionary<string, FieldError>
        {
            [MeetingForm.Kind] = new("Meeting.Error.Kind"),
            [MeetingForm.Title] = new("Form.TooLong", MeetingForm.MaxTitle, 180),
            [MeetingForm.Date] = new("Meeting.Error.Past"),
            [MeetingForm.EndTime] = new("Meeting.Error.EndBeforeStart"),
            [MeetingForm.Everyone] = new("Meeting.Error.Nobody"),
            [MeetingForm.ReplyByDate] = new("Meeting.Error.ReplyBy"),
        };
        var id = Guid.NewGuid().ToString("N");
        yield return ("compose-secretariat", ComposeMeeting.Card(secretariat, id, MeetingValues.Empty, new Dictionary<string, FieldError>(), null));
        yield return ("compose-errors", ComposeMeeting.Card(secretariat, id, MeetingValues.Empty with { Title = new string('会', 120), People = string.Join(';', roster.Members.Select(m => m.Code)) }, errors, null));
        yield return ("compose-leader", ComposeMeeting.Card(leader, id, MeetingValues.Empty, new Dictionary<string, FieldError>(), null));
        yield return ("reschedule", ComposeMeeting.Card(secretariat, plenary.Id, MeetingValues.Empty with { Place = plenary.Place }, new Dictionary<string, FieldError>(), plenary));

        yield return ("invitation", InvitationCard.Card(t, plenary, null, calendar, Window, t["Meeting.Banner.Rescheduled"]));
        foreach (var i in invitees.DistinctBy(i => (i.Reply, i.Leave, i.IsPresent)))
        {
            yield return ($"invitation-{i.Reply}-{i.Leave}-{i.IsPresent}", InvitationCard.Card(t, plenary, i, calendar, Window));
        }

        yield return ("invitation-wrong-code", InvitationCard.Card(t, plenary, invitees[0], calendar, Window,
            errors: new Dictionary<string, FieldError> { [MeetingVerbs.Code] = new("Meeting.SignIn.Wrong"), [MeetingVerbs.Reason] = new("Meeting.Error.Reason") }));
        var cancelled = Meeting(calendar.Now.AddDays(3), roster.Members.Select(m => m.Code));
        cancelled.State = nameof(MeetingState.Cancelled);
        yield return ("invitation-cancelled", InvitationCard.Card(t, cancelled, null, calendar, Window, t["Meeting.Banner.Cancelled"]));
        var closed = Meeting(calendar.Now.AddDays(-1), roster.Members.Select(m => m.Code));
        closed.State = nameof(MeetingState.Closed);
        var closedInvitees = Invitees(closed, roster).Select(i => { i.Outcome = i.OutcomeNow(closed.LeaveApproval).ToString(); return i; }).ToList();
        yield return ("invitation-closed", InvitationCard.Card(t, closed, closedInvitees[3], calendar, Window));

        var pending = invitees.First(i => i.LeaveState == LeaveState.Pending);
        yield return ("leave-request", LeaveRequestCard.Card(t, plenary, pending, calendar));
        yield return ("leave-request-error", LeaveRequestCard.Card(t, plenary, pending, calendar,
            new Dictionary<string, FieldError> { [MeetingVerbs.Note] = new("Meeting.Error.RefuseReason") }, new string('理', 40)));
        yield return ("leave-request-refused", LeaveRequestCard.Card(t, plenary, invitees.First(i => i.LeaveState == LeaveState.Refused), calendar));

        var progress = new OutboxProgress(invitees.Count - 7, 0, invitees.Count - 9, 2, 0, 0);
        yield return ("status-plenary", MeetingStatus.Card(t, plenary, invitees, progress, calendar));
        yield return ("status-closed", MeetingStatus.Card(t, closed, closedInvitees, progress, calendar));
        yield return ("sheet-plenary", AttendanceSheet.Card(t, plenary, invitees, signInOpened: true,
            new Dictionary<string, FieldError> { [MeetingVerbs.Note] = new("Form.Required") }, done: t.Plural("Meeting.Marked", 3)));
        yield return ("sheet-closed", AttendanceSheet.Card(t, closed, closedInvitees, signInOpened: true));
        yield return ("list-organiser", MeetingList.Card(t, [(plenary, invitees[0]), (closed, closedInvitees[5]), (cancelled, null)], [plenary, closed, cancelled], [.. invitees.Where(i => i.LeaveState == LeaveState.Pending).Select(i => (plenary, i))], calendar));
        yield return ("list-member", MeetingList.Card(t, [], null, [], calendar));
        yield return ("not-organiser", MeetingNotice.NotOrganiser(secretariat));
        yield return ("not-found", MeetingNotice.NotFound(t));
    }

    private static MeetingEntity Meeting(DateTimeOffset start, IEnumerable<string> invitees) => new()
    {
        RowKey = Guid.NewGuid().ToString("N"),
        Kind = nameof(MeetingKind.Plenary),
        Title = "政协第十五届委员会第六次全体会议暨" + new string('会', 60),
        StartsAt = start,
        EndsAt = start.AddHours(3),
        Place = "县人民会堂一楼大会议室（" + new string('楼', 60) + "）",
        Notes = new string('议', MeetingForm.MaxNotes),
        ReplyBy = start.AddHours(-20),
        Approval = nameof(LeaveApproval.Leader),
        Everyone = true,
        Invitees = string.Join(';', invitees),
        OrganiserCode = SampleRoster.Secretariat.Code,
        OrganiserName = SampleRoster.Secretariat.Name,
        Revision = 1,
        SignInSecret = SignInCodes.NewSecret(),
        ScreenKey = SignInCodes.NewScreenKey(),
        LinkBase = "https://bot.example",
    };

    /// <summary>Every roster member, in turn: no reply, coming, leave asked, approved, refused, signed in, marked by hand.</summary>
    private static IEnumerable<InviteeEntity> Invitees(MeetingEntity m, Committee roster) => roster.Members.Select((member, n) =>
    {
        var i = new InviteeEntity { PartitionKey = m.Id, RowKey = member.Code, Code = member.Code, Name = member.Name, GroupCode = member.GroupCode };
        switch (n % 7)
        {
            case 1:
                i.Reply = nameof(MeetingReply.Coming);
                break;
            case 2 or 3 or 4:
                (i.Reply, i.LeaveReason) = (nameof(MeetingReply.Leave), "赴省里参加" + new string('培', 150));
                i.Leave = (n % 7 == 2 ? LeaveState.Pending : n % 7 == 3 ? LeaveState.Approved : LeaveState.Refused).ToString();
                (i.DecidedBy, i.DecisionNote) = n % 7 == 2 ? (null, null) : (SampleRoster.Leader.Name, new string('因', 150));
                break;
            case 5:
                (i.Reply, i.SignedInAt) = (nameof(MeetingReply.Coming), m.StartsAt.AddMinutes(-10));
                break;
            case 6:
                (i.SignedInAt, i.MarkedBy, i.MarkNote) = (m.StartsAt, SampleRoster.Secretariat.Name, new string('纸', 150));
                break;
        }

        return i;
    });
}
