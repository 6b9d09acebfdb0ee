using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Meetings;

/// <summary>
/// Closes a meeting once it has started: each invitee is then present, on leave or absent, and that lands in the duty
/// file as attendance the organiser recorded. Closing again writes the same rows again (a close cut short by a failure
/// is finished by the next press), and replies and sign-ins stop once it is closed.
/// </summary>
public sealed class CloseMeeting(MeetingStore store, AttendanceSheet sheet, RecordChanges changes, MeetingStatusUpdater statusCard, WorkCalendar calendar)
{
    public Task<AdaptiveCard> CloseAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => MeetingNotice.NotFound(caller.Texts), async m =>
        {
            if (!m.IsManagedBy(caller.Member))
            {
                return MeetingNotice.NotOrganiser(caller);
            }

            if (m.Status == MeetingState.Cancelled)
            {
                return MeetingNotice.Card(caller.Texts, "Meeting.IsCancelled", m.Id);
            }

            if (calendar.Now < m.StartsAt)
            {
                return MeetingNotice.Card(caller.Texts, "Meeting.NotStarted", m.Id);
            }

            var closed = await CloseAsync(m, ct);
            return await sheet.CardAsync(caller.Texts, closed, null, ct, done: caller.Texts["Meeting.Closed"]);
        });

    /// <summary>Closes the meeting and records its attendance; also what the reminder pass calls for a meeting left open.</summary>
    public async Task<MeetingEntity> CloseAsync(MeetingEntity m, CancellationToken ct)
    {
        var now = calendar.Now;
        m = await store.ChangeAsync(m.Id, x =>
        {
            if (x.Status != MeetingState.Open)
            {
                return false;
            }

            (x.State, x.ClosedAt) = (nameof(MeetingState.Closed), now);
            return true;
        }, ct) ?? m;
        if (m.Status != MeetingState.Closed)
        {
            return m;
        }

        var invitees = await store.InviteesAsync(m.Id, ct);
        foreach (var i in invitees)
        {
            i.Outcome ??= i.OutcomeNow(m.LeaveApproval).ToString(); // a second close keeps what the first recorded
        }

        var year = calendar.ToDate(m.StartsAt).Year;
        await store.RecordAttendanceAsync(m, year, invitees, ct);
        foreach (var group in invitees.Select(i => i.GroupCode).Distinct())
        {
            changes.Changed(year, group);
        }

        statusCard.Enqueue(m.Id);
        return m;
    }
}
