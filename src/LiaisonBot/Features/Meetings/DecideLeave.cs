using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;
using LiaisonBot.Features.Meetings.SignIn;

namespace LiaisonBot.Features.Meetings;

/// <summary>
/// The approver approves a request for leave, or refuses it with a reason. Only the approver the meeting names may decide
/// (checked here, whatever the card says); a request decided or withdrawn meanwhile is shown as it stands, not decided twice.
/// The member is told the outcome.
/// </summary>
public sealed class DecideLeave(
    MeetingStore store, Invitations invitations, MeetingStatusUpdater statusCard, WorkCalendar calendar, SignInWindow window)
{
    /// <summary>The request as it stands, for its approver (from the list of requests waiting for them).</summary>
    public Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) =>
        WithRequestAsync(turn, caller, (m, request) => Task.FromResult(LeaveRequestCard.Card(caller.Texts, m, request, calendar)), ct);

    public Task<AdaptiveCard> DecideAsync(Turn turn, Caller caller, CancellationToken ct) =>
        WithRequestAsync(turn, caller, (m, request) => DecideAsync(turn, caller, m, request, ct), ct);

    private async Task<AdaptiveCard> DecideAsync(Turn turn, Caller caller, MeetingEntity m, InviteeEntity request, CancellationToken ct)
    {
        var t = caller.Texts;
        var approve = turn.ActionString(MeetingVerbs.Approve) == "true";
        var note = CardData.Text(turn.ActionData, MeetingVerbs.Note, MeetingLimits.MaxNote + 50);
        if (!approve && CardData.Length(note, MeetingLimits.MaxNote, required: true) is { } error)
        {
            var field = error.Key == "Form.Required" ? new FieldError("Meeting.Error.RefuseReason") : error;
            return LeaveRequestCard.Card(t, m, request, calendar, new Dictionary<string, FieldError> { [MeetingVerbs.Note] = field }, CardData.OrNull(note));
        }

        var decided = false;
        request = await store.ChangeInviteeAsync(m.Id, request.MemberCode, i =>
        {
            if (i.MeetingReply != MeetingReply.Leave || i.LeaveState != LeaveState.Pending)
            {
                return false;
            }

            (i.Leave, i.DecidedBy, i.DecisionNote, i.DecidedAt) =
                ((approve ? LeaveState.Approved : LeaveState.Refused).ToString(), caller.Member.Name, CardData.OrNull(note), calendar.Now);
            decided = true;
            return true;
        }, ct) ?? request;
        if (decided)
        {
            var member = request;
            await invitations.MessageAsync($"meeting-{m.Id}-decision-{member.RowKey}-{member.DecidedAt!.Value.UtcTicks}", [member.MemberCode],
                r => InvitationCard.Card(r, m, member, calendar, window, r[$"Meeting.Decision.{member.LeaveState}"]), ct);
            statusCard.Enqueue(m.Id);
        }

        return LeaveRequestCard.Card(t, m, request, calendar);
    }

    /// <summary>The request a button names, for the approver the meeting names alone (whatever the card says).</summary>
    private async Task<AdaptiveCard> WithRequestAsync(Turn turn, Caller caller, Func<MeetingEntity, InviteeEntity, Task<AdaptiveCard>> act, CancellationToken ct)
    {
        var t = caller.Texts;
        // The member is read only if the meeting invited them: card data is untrusted, and a key Azure refuses is no member anyway.
        if (await store.NamedAsync(turn, ct) is not { } m || turn.ActionString(MeetingVerbs.Member) is not { Length: > 0 } typed ||
            m.InviteeCodes.FirstOrDefault(c => string.Equals(c, typed, StringComparison.OrdinalIgnoreCase)) is not { } code ||
            await store.InviteeAsync(m.Id, code, ct) is not { } request)
        {
            return MeetingNotice.NotFound(t);
        }

        return LeaveApprovers.MayDecide(m, request, caller.Member, caller.Roster)
            ? await act(m, request)
            : Parts.Notice(t["Meeting.NotApprover"] + " " + AppCards.Secretariat(t, caller.Roster), attention: true);
    }
}
