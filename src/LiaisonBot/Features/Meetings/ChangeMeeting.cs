using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Meetings;

/// <summary>
/// A new time and place, or the meeting called off, before it starts: every invitee is told once, on their invitation
/// card where the bot can update it. Replies stand after a new time (invitees can change them); a cancelled meeting takes none.
/// </summary>
public sealed class ChangeMeeting(MeetingStore store, Invitations invitations, MeetingStatus status, WorkCalendar calendar)
{
    public Task<AdaptiveCard> RescheduleAsync(Turn turn, Caller caller, CancellationToken ct) =>
        ManagedAsync(turn, caller, async m =>
        {
            var form = MeetingForm.Read(turn.ActionData, caller, calendar, rescheduling: true);
            if (form.Draft is not { } d)
            {
                return ComposeMeeting.Card(caller, m.Id, form.Values, form.Errors, m);
            }

            var changed = await store.ChangeAsync(m.Id, x =>
            {
                if (x.Status != MeetingState.Open || calendar.Now >= x.StartsAt)
                {
                    return false;
                }

                (x.StartsAt, x.EndsAt, x.Place, x.ReplyBy) = (d.StartsAt, d.EndsAt, d.Place, d.ReplyBy);
                (x.Revision, x.RemindedDayBefore, x.RemindedNoReply) = (x.Revision + 1, false, false);
                return true;
            }, ct) ?? m;
            if (changed.Revision != m.Revision)
            {
                await invitations.ChangedAsync(changed, "Meeting.Banner.Rescheduled", ct);
            }

            return await status.CardAsync(caller.Texts, changed, ct);
        }, ct);

    public Task<AdaptiveCard> AskCancelAsync(Turn turn, Caller caller, CancellationToken ct) =>
        ManagedAsync(turn, caller, m => Task.FromResult(Parts.Notice(caller.Texts.Format("Meeting.Cancel.Ask", m.Title), attention: true,
            new ExecuteAction(caller.Texts["Meeting.Cancel.Confirm"], MeetingVerbs.CancelConfirm) { Data = MeetingNotice.Data(m.Id) },
            new ExecuteAction(caller.Texts["Meeting.Back"], MeetingVerbs.Status) { Data = MeetingNotice.Data(m.Id) })), ct);

    public Task<AdaptiveCard> CancelAsync(Turn turn, Caller caller, CancellationToken ct) =>
        ManagedAsync(turn, caller, async m =>
        {
            var cancelled = await store.ChangeAsync(m.Id, x =>
            {
                if (x.Status != MeetingState.Open)
                {
                    return false;
                }

                x.State = nameof(MeetingState.Cancelled);
                return true;
            }, ct) ?? m;
            if (cancelled.Status == MeetingState.Cancelled)
            {
                // Again after a failure, the same job ids queue nothing twice.
                await invitations.ChangedAsync(cancelled, "Meeting.Banner.Cancelled", ct);
            }

            return await status.CardAsync(caller.Texts, cancelled, ct);
        }, ct, cancelling: true);

    /// <summary>
    /// Only the organiser or the secretariat, only before the meeting starts; a cancelled meeting is shown as it stands,
    /// except to Cancel again, which finishes telling invitees if the first press was cut short.
    /// </summary>
    private Task<AdaptiveCard> ManagedAsync(Turn turn, Caller caller, Func<MeetingEntity, Task<AdaptiveCard>> act, CancellationToken ct, bool cancelling = false) =>
        store.NamedAsync(turn, ct).OrAsync(() => MeetingNotice.NotFound(caller.Texts), m =>
            !m.IsManagedBy(caller.Member) ? Task.FromResult(MeetingNotice.NotOrganiser(caller))
            : m.Status == MeetingState.Cancelled ? (cancelling ? act(m) : status.CardAsync(caller.Texts, m, ct))
            : m.Status != MeetingState.Open || calendar.Now >= m.StartsAt ? Task.FromResult(MeetingNotice.Card(caller.Texts, "Meeting.TooLateToChange", m.Id))
            : act(m));
}
