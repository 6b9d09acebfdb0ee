using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Scoring.Results;
using LiaisonBot.Features.Scoring.Scorers;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using static LiaisonBot.Features.Scoring.ScoringParts;

namespace LiaisonBot.Features.Scoring;

/// <summary>
/// The scoring command: the secretariat gets the open round's status (or the list of rounds); a scorer their scoring
/// card, or the last results.
/// </summary>
public sealed class ScoringHome(ScoringStore rounds, RoundStatus status, ScorerHome scorer, RoundResults results, WorkCalendar calendar)
{
    public static readonly CommandInfo Command = new(ScoringVerbs.Home, Roles.StandingCommittee | Roles.Secretariat);

    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var current = await rounds.CurrentAsync(ct);
        if (caller.Has(Roles.Secretariat))
        {
            return current is null
                ? Rounds(caller.Texts, await rounds.AllAsync(ct), calendar)
                : await status.CardAsync(current, caller, ct);
        }

        if (current is not null)
        {
            return await scorer.CardAsync(caller, current, ct);
        }

        return await rounds.LatestClosedAsync(ct) is { } closed
            ? await results.CardAsync(caller, closed, ct)
            : ScoringNotice.NoRound(caller.Texts);
    }

    /// <summary>The secretariat's view when no round is open: earlier rounds, and a button to open one.</summary>
    public static AdaptiveCard Rounds(Texts t, IReadOnlyList<ScoringRoundEntity> rounds, WorkCalendar calendar)
    {
        var body = new List<CardElement> { Parts.Title(t["Scoring.Rounds.Title"]), new TextBlock(t["Scoring.Rounds.None"]) };
        foreach (var round in rounds.Take(6))
        {
            body.Add(new ColumnSet([
                new Column([new TextBlock(t.Format("Scoring.Rounds.Line", round.WorkYear, calendar.ShowMoment(round.ClosedAt ?? round.ClosesAt, t),
                    t[$"Scoring.State.{round.Status}"]))]) { Width = "stretch", VerticalContentAlignment = VerticalAlignment.Center },
                new Column([new ActionSet([new ExecuteAction(t["Report.Open"], round.Status == RoundState.Closed ? ScoringVerbs.Results : ScoringVerbs.Status) { Data = Ids(round) }])])
                    { Width = "auto" },
            ])
            { Separator = true });
        }

        return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["Scoring.New"], ScoringVerbs.New)] };
    }
}
