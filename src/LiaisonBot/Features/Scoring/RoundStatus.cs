using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using static LiaisonBot.Features.Scoring.ScoringParts;

namespace LiaisonBot.Features.Scoring;

/// <summary>The round as the secretariat follows it: settings, how many have finished (never a score), what can be done now.</summary>
public sealed class RoundStatus(ScoringStore rounds, RoundTurnout turnout, WorkCalendar calendar)
{
    public Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) => CardAsync(turn.ActionId(ScoringVerbs.Id), caller, ct);

    /// <summary>The status of the round as stored now; "not found" for a null <paramref name="id"/>.</summary>
    public Task<AdaptiveCard> CardAsync(string? id, Caller caller, CancellationToken ct) =>
        rounds.FindAsync(id, ct).OrAsync(() => ScoringNotice.NotFound(caller.Texts), round => CardAsync(round, caller, ct));

    public async Task<AdaptiveCard> CardAsync(ScoringRoundEntity round, Caller caller, CancellationToken ct) =>
        Card(caller.Texts, round, await turnout.OfAsync(round, caller.Roster, ct), calendar, round.IsScorer(caller.Member.Code));

    public static AdaptiveCard Card(Texts t, ScoringRoundEntity round, IReadOnlyList<Turnout> turnout, WorkCalendar calendar, bool canScore)
    {
        var facts = new List<Fact>
        {
            new(t["Scoring.Fact.State"], t[$"Scoring.State.{round.Status}"]),
            round.ClosedAt is { } closed ? new(t["Scoring.Fact.Closed"], calendar.ShowMoment(closed, t)) : new(t["Scoring.Fact.Closes"], calendar.ShowMoment(round.ClosesAt, t)),
            new(t["Scoring.Fact.Groups"], round.GroupCodes.Count.ToString(t.Culture)),
            new(t["Scoring.Fact.Criteria"], CriteriaLine(t, round)),
            new(t["Scoring.Fact.K"], t.Plural("Scoring.K", round.MinBallots)),
            new(t["Scoring.Fact.Scorers"], t.Format("Scoring.Scorers", round.ScorerCodes.Count, round.NotInstalledCodes.Count)),
            new(t["Scoring.Fact.Finished"], $"{turnout.Count(s => s.Finished)}/{turnout.Count}"),
        };
        if (round.Reminders > 0)
        {
            facts.Add(new Fact(t["Scoring.Fact.Reminders"], t.Plural("Scoring.Times", round.Reminders)));
        }

        var ids = Ids(round);
        var actions = new List<CardAction>();
        switch (round.Status)
        {
            case RoundState.Open:
                actions.Add(new ExecuteAction(t["Scoring.Refresh"], ScoringVerbs.Status) { Data = ids });
                actions.Add(new ExecuteAction(t["Scoring.Turnout"], ScoringVerbs.Turnout) { Data = ids });
                actions.Add(RemindScorers.Button(t, round));
                actions.Add(new ExecuteAction(t["Scoring.Close"], ScoringVerbs.Close) { Data = ids });
                if (canScore)
                {
                    actions.Add(new ExecuteAction(t["Scoring.MyCard"], ScoringVerbs.Mine) { Data = ids });
                }

                break;
            case RoundState.Closing:
                actions.Add(new ExecuteAction(t["Scoring.Refresh"], ScoringVerbs.Status) { Data = ids });
                break;
            case RoundState.Closed:
                actions.Add(new ExecuteAction(t["Scoring.Results"], ScoringVerbs.Results) { Data = ids });
                break;
        }

        return new AdaptiveCard(
            Parts.Title(t.Format("Scoring.Title", round.WorkYear)),
            new FactSet(facts),
            new TextBlock(t["Scoring.Status.Private"]) { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(t.Format("Scoring.Updated", calendar.ShowMoment(calendar.Now, t))) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None })
        {
            Actions = actions,
        };
    }
}
