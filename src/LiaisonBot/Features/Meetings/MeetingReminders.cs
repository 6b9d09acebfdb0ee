using LiaisonBot.Calendar;
using LiaisonBot.Conversations;
using LiaisonBot.Features.Meetings.SignIn;
using LiaisonBot.Reminders;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Meetings;

/// <summary>
/// The meetings' reminders, outside quiet hours: the day before, to those coming; once the reply-by time has passed, to
/// those who have not replied. Each goes once per meeting revision (a new time reminds again). A meeting its organiser
/// left open is closed <see cref="MeetingOptions.CloseAfter"/> after its end, so attendance reaches the duty file anyway.
/// </summary>
public sealed class MeetingReminders(
    MeetingStore store, ConversationStore conversations, ReminderClaims claims, CloseMeeting closing, SignInWindow window, WorkCalendar calendar,
    IOptions<MeetingOptions> options)
    : IReminderPass
{
    public async Task<int> RunAsync(DateOnly today, bool digestDay, CancellationToken ct)
    {
        var now = calendar.Now;
        var sent = 0;
        foreach (var m in (await store.RecentAsync(now - options.Value.CloseAfter - TimeSpan.FromDays(1), ct)).Where(m => m.Status == MeetingState.Open))
        {
            if (m.EndsAt + options.Value.CloseAfter <= now)
            {
                await closing.CloseAsync(m, ct);
                continue;
            }

            if (m.StartsAt <= now)
            {
                continue;
            }

            if (!m.RemindedDayBefore && calendar.ToDate(m.StartsAt).DayNumber - today.DayNumber == 1)
            {
                sent += await RemindAsync(m, "daybefore", MeetingReply.Coming, "Meeting.Banner.Tomorrow", today, x => x.RemindedDayBefore = true, ct);
            }

            if (!m.RemindedNoReply && m.ReplyBy is { } replyBy && replyBy <= now)
            {
                sent += await RemindAsync(m, "noreply", MeetingReply.None, "Meeting.Banner.NoReply", today, x => x.RemindedNoReply = true, ct);
            }
        }

        return sent;
    }

    private async Task<int> RemindAsync(MeetingEntity m, string what, MeetingReply reply, string bannerKey, DateOnly today, Action<MeetingEntity> done, CancellationToken ct)
    {
        var codes = (await store.InviteesAsync(m.Id, ct)).Where(i => i.MeetingReply == reply && !i.IsPresent).Select(i => i.MemberCode);
        var recipients = (await conversations.ReachableAsync(ct)).Recipients(codes);
        var reminded = await claims.SendOnceAsync($"meeting-{m.Id}-{m.Revision}-{what}", today,
            t => InvitationCard.Card(t, m, null, calendar, window, t[bannerKey]), recipients, ct);
        await store.ChangeAsync(m.Id, x =>
        {
            done(x);
            return true;
        }, ct);
        return reminded ? 1 : 0;
    }
}
