using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using static LiaisonBot.Features.Scoring.ScoringParts;

namespace LiaisonBot.Features.Scoring;

/// <summary>
/// What opening the round sends to every scorer (and a reminder sends again): the same card for all, one per language;
/// each viewer's client refreshes it into their own scoring card.
/// </summary>
public static class RoundInvitation
{
    /// <summary>The outbox job of the invitation; a reminder's job adds its number, so each is sent once.</summary>
    public static string JobId(ScoringRoundEntity round) => $"s{round.Id}";

    public static Dictionary<string, Activity> PerLanguage(ScoringRoundEntity round, WorkCalendar calendar, bool reminder) =>
        CardAttachment.PerLanguage(t => Card(t, round, calendar, reminder));

    public static AdaptiveCard Card(Texts t, ScoringRoundEntity round, WorkCalendar calendar, bool reminder)
    {
        var heading = new List<CardElement>();
        if (reminder)
        {
            // A warning container, not yellow text on white: its themed background keeps the text readable in every theme.
            heading.Add(new Container([new TextBlock(t["Scoring.Invite.Reminder"]) { Weight = TextWeight.Bolder }]) { Style = ContainerStyle.Warning });
        }

        heading.AddRange(Heading(t, round, calendar));
        return new AdaptiveCard(
            new Container(heading) { Style = ContainerStyle.Emphasis, Bleed = true },
            new TextBlock(t.Format("Scoring.Invite.Body", CriteriaLine(t, round))),
            Promise(t))
        {
            Actions = [new ExecuteAction(t["Scoring.Start"], ScoringVerbs.Mine) { Data = Ids(round) }],
            Refresh = new CardRefresh(new ExecuteAction(t["Scoring.Refresh"], ScoringVerbs.Mine) { Data = Ids(round) }),
            Speak = t.Format("Scoring.Title", round.WorkYear),
        };
    }
}
