using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Scoring.Ballots;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using static LiaisonBot.Features.Scoring.ScoringParts;

namespace LiaisonBot.Features.Scoring.Results;

/// <summary>
/// A closed round's ranking, for the secretariat and the Standing Committee. Results exist only once the round is
/// closed: before that there is nothing to show, not even partial counts.
/// </summary>
public sealed class RoundResults(ScoringStore rounds, BallotStore ballots, WorkCalendar calendar)
{
    public Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) =>
        rounds.FindAsync(turn.ActionId(ScoringVerbs.Id), ct).OrAsync(() => ScoringNotice.NotFound(caller.Texts), round => CardAsync(caller, round, ct));

    public async Task<AdaptiveCard> CardAsync(Caller caller, ScoringRoundEntity round, CancellationToken ct) =>
        round is { Status: RoundState.Closed, BallotPartition: { } partition }
            ? Card(caller.Texts, round, ScoringResults.Compute(round, await ballots.ReadAsync(partition, ct)), caller.Roster, calendar)
            : ScoringNotice.Card(caller.Texts, "Scoring.Results.NotYet");

    /// <summary>The ranking: per group its rank, mean total, means per item, median, spread and ballots; "too few ballots" below k.</summary>
    public static AdaptiveCard Card(Texts t, ScoringRoundEntity round, IReadOnlyList<GroupResult> results, Committee roster, WorkCalendar calendar)
    {
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("Scoring.Results.Title", round.WorkYear)),
            new TextBlock(t.Plural("Scoring.Results.Summary", round.MinBallots, calendar.ShowMoment(round.ClosedAt ?? round.ClosesAt, t), round.GroupCodes.Count))
                { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            new TextBlock(t.Format("Scoring.Results.Legend", round.MaxTotal)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        };
        foreach (var r in results)
        {
            var details = new List<CardElement> { new TextBlock(GroupName(roster, r.Group)) { Weight = TextWeight.Bolder } };
            if (r.TooFew)
            {
                details.Add(new TextBlock(t.Format("Scoring.Results.TooFew", r.Ballots, round.MinBallots)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
            }
            else
            {
                details.Add(new TextBlock(string.Join(" · ", Criteria.All.Select(c => $"{c.Name(t)} {Number(t, r.Means![(int)c])}"))) { Size = TextSize.Small, Spacing = Spacing.None });
                details.Add(new TextBlock(t.Format("Scoring.Results.Stats", Number(t, r.Median!.Value), Number(t, r.Spread!.Value), r.Ballots))
                { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
            }

            body.Add(new ColumnSet([
                new Column([new TextBlock(r.Rank?.ToString(t.Culture) ?? "—") { Weight = TextWeight.Bolder, Size = TextSize.Medium }]) { Width = "auto" },
                new Column(details) { Width = "stretch" },
                new Column([new TextBlock(r.Total is { } total ? Number(t, total) : "—") { Weight = TextWeight.Bolder, Size = TextSize.Large }])
                    { Width = "auto", VerticalContentAlignment = VerticalAlignment.Center },
            ])
            { Separator = true });
        }

        return new AdaptiveCard(body) { Speak = t.Format("Scoring.Results.Title", round.WorkYear) };
    }

    /// <summary>One decimal, always shown ("85.0"), as the results are rounded.</summary>
    public static string Number(Texts t, double value) => value.ToString("0.0", t.Culture);
}
