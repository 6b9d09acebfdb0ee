using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;
using LiaisonBot.Features.Meetings.SignIn;

namespace LiaisonBot.Features.Meetings;

/// <summary>
/// An invitee's side: see the invitation as it stands for them, and answer 参加 or 请假 (with a reason) until the meeting
/// starts. A request for leave goes to whoever the meeting says decides it; pressing again changes nothing twice.
/// </summary>
public sealed class ReplyToMeeting(
    MeetingStore store, Invitations invitations, MeetingStatusUpdater statusCard, WorkCalendar calendar, SignInWindow window)
{
    public Task<AdaptiveCard> ViewAsync(Turn turn, Caller caller, CancellationToken ct) =>
        WithInviteeAsync(turn, caller, (m, me) => Task.FromResult(Card(caller, m, me)), ct);

    public Task<AdaptiveCard> ComingAsync(Turn turn, Caller caller, CancellationToken ct) =>
        WithInviteeAsync(turn, caller, async (m, me) =>
        {
            if (TooLate(caller, m) is { } refused)
            {
                return refused;
            }

            me = await store.ChangeInviteeAsync(m.Id, me.MemberCode, i =>
            {
                if (i.MeetingReply == MeetingReply.Coming)
                {
                    return false;
                }

                (i.Reply, i.RepliedAt, i.Leave, i.LeaveReason, i.DecidedBy, i.DecisionNote, i.DecidedAt) =
                    (nameof(MeetingReply.Coming), calendar.Now, nameof(LeaveState.None), null, null, null, null);
                return true;
            }, ct) ?? me;
            statusCard.Enqueue(m.Id);
            return Card(caller, m, me);
        }, ct);

    public Task<AdaptiveCard> LeaveAsync(Turn turn, Caller caller, CancellationToken ct) =>
        WithInviteeAsync(turn, caller, async (m, me) =>
        {
            if (TooLate(caller, m) is { } refused)
            {
                return refused;
            }

            var reason = CardData.Text(turn.ActionData, MeetingVerbs.Reason, MeetingLimits.MaxReason + 50);
            if (CardData.Length(reason, MeetingLimits.MaxReason, required: true) is { } error)
            {
                var key = error.Key == "Form.Required" ? new FieldError("Meeting.Error.Reason") : error;
                return InvitationCard.Card(caller.Texts, m, me, calendar, window, errors: new Dictionary<string, FieldError> { [MeetingVerbs.Reason] = key },
                    typedReason: CardData.OrNull(reason));
            }

            var asked = false;
            me = await store.ChangeInviteeAsync(m.Id, me.MemberCode, i =>
            {
                if (i.MeetingReply == MeetingReply.Leave && i.LeaveState != LeaveState.Refused)
                {
                    return false; // asked already: the first request stands
                }

                var state = m.LeaveApproval == LeaveApproval.None ? LeaveState.Approved : LeaveState.Pending;
                (i.Reply, i.RepliedAt, i.LeaveReason, i.Leave, i.DecidedBy, i.DecisionNote, i.DecidedAt) =
                    (nameof(MeetingReply.Leave), calendar.Now, reason, state.ToString(), null, null, null);
                asked = true;
                return true;
            }, ct) ?? me;
            if (asked && m.LeaveApproval != LeaveApproval.None)
            {
                await invitations.MessageAsync($"meeting-{m.Id}-leave-{me.RowKey}-{me.RepliedAt!.Value.UtcTicks}",
                    LeaveApprovers.Of(m, me, caller.Roster), t => LeaveRequestCard.Card(t, m, me, calendar), ct);
            }

            statusCard.Enqueue(m.Id);
            return Card(caller, m, me);
        }, ct);

    private AdaptiveCard Card(Caller caller, MeetingEntity m, InviteeEntity me) => InvitationCard.Card(caller.Texts, m, me, calendar, window);

    /// <summary>Replies change until the meeting starts; a cancelled or closed one takes none.</summary>
    private AdaptiveCard? TooLate(Caller caller, MeetingEntity m) =>
        m.Status == MeetingState.Cancelled ? MeetingNotice.Card(caller.Texts, "Meeting.IsCancelled", m.Id)
        : m.Status == MeetingState.Closed || calendar.Now >= m.StartsAt ? MeetingNotice.Card(caller.Texts, "Meeting.Started", m.Id)
        : null;

    /// <summary>The meeting the button names and the caller's own invitation to it; others are told it is not theirs.</summary>
    private async Task<AdaptiveCard> WithInviteeAsync(Turn turn, Caller caller, Func<MeetingEntity, InviteeEntity, Task<AdaptiveCard>> act, CancellationToken ct)
    {
        if (await store.NamedAsync(turn, ct) is not { } m)
        {
            return MeetingNotice.NotFound(caller.Texts);
        }

        return await store.InviteeAsync(m.Id, caller.Member.Code, ct) is { } me
            ? await act(m, me)
            : m.IsManagedBy(caller.Member)
                ? Parts.Notice(caller.Texts["Meeting.NotInvitedOrganiser"], attention: false,
                    new ExecuteAction(caller.Texts["Meeting.StatusButton"], MeetingVerbs.Status) { Data = MeetingNotice.Data(m.Id) })
                : MeetingNotice.Card(caller.Texts, "Meeting.NotInvited");
    }
}
