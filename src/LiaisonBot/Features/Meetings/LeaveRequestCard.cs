using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Meetings;

/// <summary>What the approver gets for a request for leave: who, for which meeting, why; approve, or refuse with a reason.</summary>
public static class LeaveRequestCard
{
    public static AdaptiveCard Card(Texts t, MeetingEntity m, InviteeEntity i, WorkCalendar calendar,
        IReadOnlyDictionary<string, FieldError>? errors = null, string? typedNote = null)
    {
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("Meeting.LeaveRequest.Title", i.Name)),
            new FactSet(
            [
                new(t["Meeting.Fact.Meeting"], m.Title),
                new(t["Meeting.Fact.When"], MeetingParts.When(t, m, calendar)),
                new(t["Meeting.Fact.Reason"], i.LeaveReason ?? ""),
            ]),
        };
        var decided = i.MeetingReply != MeetingReply.Leave || i.LeaveState != LeaveState.Pending;
        if (decided)
        {
            body.Add(new TextBlock(i.MeetingReply != MeetingReply.Leave ? t["Meeting.LeaveRequest.Withdrawn"]
                : t.Format($"Meeting.LeaveRequest.{i.LeaveState}", i.DecidedBy ?? "", i.DecisionNote ?? ""))
            { Weight = TextWeight.Bolder, Color = i.LeaveState == LeaveState.Refused ? TextColor.Attention : TextColor.Good });
            return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["Meeting.Open"], MeetingVerbs.View) { Data = MeetingNotice.Data(m.Id) }] };
        }

        if (m.Status != MeetingState.Open || calendar.Now >= m.StartsAt)
        {
            body.Add(new TextBlock(t["Meeting.LeaveRequest.TooLate"]) { IsSubtle = true });
        }

        Parts.Field(body, t, errors ?? new Dictionary<string, FieldError>(), MeetingVerbs.Note, new InputText
        {
            Label = t["Meeting.Field.RefuseReason"],
            MaxLength = MeetingLimits.MaxNote,
            Value = typedNote,
        });
        Dictionary<string, string> Data(bool approve) => new(MeetingNotice.Data(m.Id)) { [MeetingVerbs.Member] = i.MemberCode, [MeetingVerbs.Approve] = approve ? "true" : "false" };
        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction(t["Meeting.Approve"], MeetingVerbs.Decide) { Data = Data(true), AssociatedInputs = "none" },
                new ExecuteAction(t["Meeting.Refuse"], MeetingVerbs.Decide) { Data = Data(false) },
            ],
        };
    }
}
