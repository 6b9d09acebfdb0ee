using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Conversations;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;
using static LiaisonBot.Features.Scoring.ScoringParts;

namespace LiaisonBot.Features.Scoring;

using Outbox = LiaisonBot.Outbox.Outbox;

/// <summary>Sends the invitation again, marked as a reminder, to the scorers who have not scored every group yet.</summary>
public sealed class RemindScorers(ScoringStore rounds, RoundTurnout turnout, RoundStatus status, Outbox outbox, ConversationStore conversations,
    WorkCalendar calendar)
{
    public async Task<AdaptiveCard> RemindAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (await rounds.FindAsync(turn.ActionId(ScoringVerbs.Id), ct) is not { Status: RoundState.Open } round ||
            turn.ActionNumber(ScoringVerbs.Reminder) is not { } number || number < 1)
        {
            return await status.ShowAsync(turn, caller, ct);
        }

        var unfinished = (await turnout.OfAsync(round, caller.Roster, ct)).Where(s => !s.Finished).Select(s => s.Code);
        var targets = (await conversations.ReachableAsync(ct)).Recipients(unfinished);
        if (targets.Count > 0 && number > round.Reminders)
        {
            await outbox.EnqueueAsync(new OutboxJob($"{RoundInvitation.JobId(round)}r{number}", DeliveryKind.Send,
                RoundInvitation.PerLanguage(round, calendar, reminder: true), targets), ct);
            await rounds.ChangeAsync(round.Id, r => r.Reminders < number && (r.Reminders = number) == number, ct);
        }

        return ScoringNotice.Card(caller.Texts, "Scoring.Reminded", targets.Count) with
        {
            Actions = [new ExecuteAction(caller.Texts["Scoring.Back"], ScoringVerbs.Status) { Data = Ids(round) }],
        };
    }

    /// <summary>The remind button carries the next reminder's number, so pressing it twice (or a redelivery) sends one reminder.</summary>
    public static ExecuteAction Button(Texts t, ScoringRoundEntity round) =>
        new(t["Scoring.Remind"], ScoringVerbs.Remind)
        {
            Data = new Dictionary<string, string>(Ids(round)) { [ScoringVerbs.Reminder] = (round.Reminders + 1).ToString(CultureInfo.InvariantCulture) },
        };
}
