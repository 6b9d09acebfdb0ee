using System.Globalization;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Meetings;

/// <summary>Pieces the meeting cards share: the heading with time and place, and where an invitee stands.</summary>
public static class MeetingParts
{
    public static IEnumerable<CardElement> Heading(Texts t, MeetingEntity m, WorkCalendar calendar)
    {
        var heading = new List<CardElement>
        {
            new TextBlock(m.MeetingKind.Name(t)) { Size = TextSize.Small, IsSubtle = true },
            Parts.Title(m.Title) with { Spacing = Spacing.None },
        };
        if (m.Status == MeetingState.Cancelled)
        {
            heading.Add(new TextBlock(t["Meeting.Cancelled"]) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }
        else if (m.Revision > 0)
        {
            heading.Add(new TextBlock(t["Meeting.Rescheduled"]) { Color = TextColor.Attention, Size = TextSize.Small });
        }

        yield return new Container(heading) { Style = m.Status == MeetingState.Cancelled ? ContainerStyle.Attention : ContainerStyle.Emphasis, Bleed = true };
        var facts = new List<Fact>
        {
            new(t["Meeting.Fact.When"], When(t, m, calendar)),
            new(t["Meeting.Fact.Place"], m.Place),
            new(t["Meeting.Fact.Organiser"], m.OrganiserName),
        };
        if (m.ReplyBy is { } replyBy && m.Status == MeetingState.Open)
        {
            facts.Add(new(t["Meeting.Fact.ReplyBy"], calendar.ShowMoment(replyBy, t)));
        }

        if (m.LeaveApproval != LeaveApproval.None)
        {
            facts.Add(new(t["Meeting.Fact.Approval"], t[$"Meeting.Approval.{m.LeaveApproval}"]));
        }

        yield return new FactSet(facts);
        if (m.Notes is { } notes)
        {
            yield return new TextBlock(Parts.Clip(notes, MeetingForm.MaxNotes)) { Size = TextSize.Small };
        }
    }

    /// <summary>"25 Nov 2026 09:30–11:30", in the reader's language.</summary>
    public static string When(Texts t, MeetingEntity m, WorkCalendar calendar) =>
        $"{calendar.ShowMoment(m.StartsAt, t)}–{calendar.ToLocal(m.EndsAt).ToString("HH:mm", CultureInfo.InvariantCulture)}";

    /// <summary>Where the reader stands: their reply, leave and sign-in, or how the meeting ended for them.</summary>
    public static Container MyState(Texts t, MeetingEntity m, InviteeEntity me, WorkCalendar calendar)
    {
        var lines = new List<CardElement>();
        TextBlock Line(string text, TextColor? color = null) => new(text) { Color = color, Weight = TextWeight.Bolder };
        if (m.Status == MeetingState.Closed && me.Outcome is { } outcome)
        {
            var o = Enum.Parse<AttendanceOutcome>(outcome);
            lines.Add(Line(t[$"Meeting.Outcome.{o}"], o == AttendanceOutcome.Absent ? TextColor.Attention : TextColor.Good));
        }
        else if (me.SignedInAt is { } at)
        {
            lines.Add(Line(t.Format("Meeting.State.SignedIn", calendar.ShowMoment(at, t)), TextColor.Good));
        }
        else
        {
            lines.Add(me.MeetingReply switch
            {
                MeetingReply.Coming => Line(t["Meeting.State.Coming"], TextColor.Good),
                MeetingReply.Leave => Line(t[$"Meeting.State.Leave.{(m.LeaveApproval == LeaveApproval.None ? LeaveState.Approved : me.LeaveState)}"],
                    me.LeaveState == LeaveState.Refused ? TextColor.Attention : null),
                _ => Line(t["Meeting.State.NoReply"]),
            });
            if (me.MeetingReply == MeetingReply.Leave && me.LeaveReason is { } reason)
            {
                lines.Add(new TextBlock(t.Format("Meeting.State.Reason", reason)) { Size = TextSize.Small, Spacing = Spacing.None });
            }

            if (me.DecisionNote is { } note && me.LeaveState == LeaveState.Refused)
            {
                lines.Add(new TextBlock(t.Format("Meeting.State.RefusedBecause", me.DecidedBy ?? "", note)) { Size = TextSize.Small, Spacing = Spacing.None });
            }
        }

        return new Container(lines) { Separator = true };
    }
}
