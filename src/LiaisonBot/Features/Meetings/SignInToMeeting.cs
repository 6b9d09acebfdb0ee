using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Meetings.SignIn;
using LiaisonBot.Protocol;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Meetings;

/// <summary>
/// 签到: an invitee types the code the room's screen shows. The code changes every step and is the meeting's own, so it
/// proves presence; wrong codes are limited per member, so the code cannot be guessed within the window.
/// </summary>
public sealed class SignInToMeeting(MeetingStore store, MeetingStatusUpdater statusCard, SignInWindow window, WorkCalendar calendar, IOptions<MeetingOptions> options)
{
    public async Task<AdaptiveCard> SignInAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var t = caller.Texts;
        var o = options.Value;
        if (await store.NamedAsync(turn, ct) is not { } m)
        {
            return MeetingNotice.NotFound(t);
        }

        if (await store.InviteeAsync(m.Id, caller.Member.Code, ct) is not { } me)
        {
            return MeetingNotice.Card(t, "Meeting.NotInvited");
        }

        var now = calendar.Now;
        if (me.IsPresent)
        {
            return Card(me);
        }

        if (!window.IsOpen(m, now))
        {
            return MeetingNotice.Card(t, window.Phase(m, now) == SignInPhase.NotYet ? "Meeting.SignIn.NotYet" : "Meeting.SignIn.Over", m.Id);
        }

        if (me.FailedCodes >= o.MaxCodeAttempts && me.FailedSince is { } since && now - since < o.AttemptWindow)
        {
            return Card(me, "Meeting.SignIn.TooMany");
        }

        var typed = CardData.Text(turn.ActionData, MeetingVerbs.Code, 40);
        if (typed.Length == 0)
        {
            return Card(me, "Meeting.SignIn.Empty");
        }

        var right = SignInCodes.Matches(m, typed, now, o.CodeStep);
        me = await store.ChangeInviteeAsync(m.Id, me.MemberCode, i =>
        {
            if (i.IsPresent)
            {
                return false;
            }

            if (right)
            {
                (i.SignedInAt, i.MarkedBy, i.MarkNote) = (now, null, null);
            }
            else if (i.FailedSince is not { } first || now - first >= o.AttemptWindow)
            {
                (i.FailedCodes, i.FailedSince) = (1, now);
            }
            else
            {
                i.FailedCodes++;
            }

            return true;
        }, ct) ?? me;
        if (right)
        {
            statusCard.Enqueue(m.Id);
            return Card(me);
        }

        return Card(me, me.FailedCodes >= o.MaxCodeAttempts ? "Meeting.SignIn.TooMany" : "Meeting.SignIn.Wrong");

        AdaptiveCard Card(InviteeEntity invitee, string? error = null) => InvitationCard.Card(t, m, invitee, calendar, window,
            errors: error is null ? null : new Dictionary<string, FieldError> { [MeetingVerbs.Code] = new(error) });
    }
}
