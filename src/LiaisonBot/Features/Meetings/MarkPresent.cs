using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Meetings;

/// <summary>
/// The organiser marks people present by hand, with a note (no phone, signed the paper sheet): for those without a phone
/// at the door. Only invitees, only while the meeting is open; marking someone present twice changes nothing.
/// </summary>
public sealed class MarkPresent(MeetingStore store, AttendanceSheet sheet, MeetingStatusUpdater statusCard, WorkCalendar calendar)
{
    public Task<AdaptiveCard> MarkAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => MeetingNotice.NotFound(caller.Texts), async m =>
        {
            var t = caller.Texts;
            if (!m.IsManagedBy(caller.Member))
            {
                return MeetingNotice.NotOrganiser(caller);
            }

            if (m.Status != MeetingState.Open)
            {
                return await sheet.CardAsync(t, m, null, ct);
            }

            var chosen = CardData.List(CardData.Text(turn.ActionData, MeetingVerbs.Marked, 4000));
            var codes = m.InviteeCodes.Where(c => chosen.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
            var note = CardData.Text(turn.ActionData, MeetingVerbs.Note, MeetingLimits.MaxNote + 50);
            var errors = new Dictionary<string, FieldError>();
            if (codes.Count == 0)
            {
                errors[MeetingVerbs.Marked] = new("Meeting.Error.MarkWhom");
            }

            errors.CheckLength(MeetingVerbs.Note, note, MeetingLimits.MaxNote, required: true);
            if (errors.Count > 0)
            {
                return await sheet.CardAsync(t, m, errors, ct, CardData.OrNull(note));
            }

            var now = calendar.Now;
            foreach (var code in codes)
            {
                await store.ChangeInviteeAsync(m.Id, code, i =>
                {
                    if (i.IsPresent)
                    {
                        return false;
                    }

                    (i.SignedInAt, i.MarkedBy, i.MarkNote) = (now, caller.Member.Name, note);
                    return true;
                }, ct);
            }

            statusCard.Enqueue(m.Id);
            return await sheet.CardAsync(t, m, null, ct, done: t.Plural("Meeting.Marked", codes.Count));
        });
}
