using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Conversations;
using LiaisonBot.Localization;
using LiaisonBot.Reminders;

namespace LiaisonBot.Features.Reports.Verification;

/// <summary>
/// Once a week, on the digest day and outside quiet hours, each leader hears how many of their group's reports wait for
/// them, and the secretariat staff how many only they can verify (leaders' own); nobody with nothing waiting is told.
/// </summary>
public sealed class VerificationDigest(ReportStore store, RosterStore rosters, ConversationStore conversations, ReminderClaims claims, WorkCalendar calendar)
    : IReminderPass
{
    public async Task<int> RunAsync(DateOnly today, bool digestDay, CancellationToken ct)
    {
        if (!digestDay)
        {
            return 0;
        }

        var waiting = new List<ReportEntity>();
        foreach (var year in calendar.OpenYears)
        {
            waiting.AddRange((await store.ByYearAsync(year, null, ct)).Where(r => r.AwaitsReview));
        }

        if (waiting.Count == 0)
        {
            return 0;
        }

        var roster = await rosters.GetAsync(ct);
        var reachable = await conversations.ReachableAsync(ct);
        var byLeader = waiting.ToLookup(r => Reviewers.LeaderFor(r, roster)?.Code);
        var sent = 0;
        foreach (var reviewer in roster.Members.Where(m => m.Has(Roles.Leader) || m.Has(Roles.Secretariat)))
        {
            var theirs = byLeader[reviewer.Has(Roles.Secretariat) ? null : reviewer.Code].Where(r => Reviewers.MayReview(reviewer, r)).ToList();
            if (theirs.Count > 0 && reachable.TryGetValue(reviewer.Code, out var chat))
            {
                var oldest = calendar.ToDate(theirs.Min(r => r.UpdatedAt));
                sent += await claims.SendOnceAsync($"verify-{reviewer.Code}-{WorkCalendar.Iso(today)}", today,
                    t => Card(t, theirs.Count, oldest), [chat.Recipient(reviewer.Code)], ct) ? 1 : 0;
            }
        }

        return sent;
    }

    public static AdaptiveCard Card(Texts t, int count, DateOnly oldest) => new(
    [
        Parts.Title(t["Report.Digest.Title"]),
        new TextBlock(t.Plural("Report.Digest.Body", count, WorkCalendar.Show(oldest, t))),
    ])
    {
        Actions = [new ExecuteAction(t["Button.toverify"], ReportVerbs.ToVerify)],
        Speak = t["Report.Digest.Title"],
    };
}
