using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Scoring.Ballots;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using Microsoft.Extensions.Options;
using static LiaisonBot.Features.Scoring.ScoringParts;

namespace LiaisonBot.Features.Scoring.Scorers;

/// <summary>
/// A scorer's own card: how far they are, and one line per page with a button to score it. Also what the invitation
/// refreshes to, for each viewer. None of the scorer's cards ever shows a score, not even their own: the bot's answers
/// stay in the chat history, which tenant administrators can search.
/// </summary>
public sealed class ScorerHome(ScoringStore rounds, BallotBox box, WorkCalendar calendar, IOptions<ScoringOptions> options)
{
    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var round = await rounds.FindAsync(turn.ActionId(ScoringVerbs.Id), ct) ?? await rounds.CurrentAsync(ct);
        return round is null ? ScoringNotice.NoRound(caller.Texts) : await CardAsync(caller, round, ct);
    }

    public async Task<AdaptiveCard> CardAsync(Caller caller, ScoringRoundEntity round, CancellationToken ct)
    {
        if (!round.IsScorer(caller.Member.Code))
        {
            return ScoringNotice.NotScorer(caller);
        }

        return round.Status == RoundState.Open
            ? Card(caller.Texts, round, caller.Roster, Pages(round, caller), await box.ScoredAsync(round.Id, caller.Member.Code, ct), calendar)
            : Ended(caller.Texts, round, calendar);
    }

    /// <summary>The caller's groups, a page at a time, in the round's order.</summary>
    public List<IReadOnlyList<string>> Pages(ScoringRoundEntity round, Caller caller) =>
        round.GroupsFor(caller.Member.Code).Chunk(options.Value.GroupsPerPage).Select(p => (IReadOnlyList<string>)p).ToList();

    public static AdaptiveCard Card(Texts t, ScoringRoundEntity round, Committee roster, IReadOnlyList<IReadOnlyList<string>> pages,
        IReadOnlyCollection<string> scored, WorkCalendar calendar)
    {
        var done = scored.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var total = pages.Sum(p => p.Count);
        var body = new List<CardElement>
        {
            new Container(Heading(t, round, calendar).ToList()) { Style = ContainerStyle.Emphasis, Bleed = true },
            new TextBlock(t.Plural("Scoring.Progress", total, pages.Sum(p => p.Count(done.Contains)))) { Weight = TextWeight.Bolder, Size = TextSize.Medium },
            new TextBlock(t["Scoring.Home.Hint"]) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        };
        for (var i = 0; i < pages.Count; i++)
        {
            body.Add(new ColumnSet([
                new Column([
                    new TextBlock(string.Join(t["List.Separator"], pages[i].Select(g => GroupName(roster, g)))) { Size = TextSize.Small },
                    new TextBlock(t.Format("Scoring.Home.PageLine", i + 1, pages[i].Count(done.Contains), pages[i].Count)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                ]) { Width = "stretch" },
                new Column([new ActionSet([PageAction(t["Scoring.Score"], round, i)])]) { Width = "auto", VerticalContentAlignment = VerticalAlignment.Center },
            ])
            { Separator = true });
        }

        body.Add(Promise(t));
        var next = pages.Select((p, i) => p.Any(g => !done.Contains(g)) ? i : -1).FirstOrDefault(i => i >= 0); // else the first page
        return new AdaptiveCard(body)
        {
            Actions = pages.Count > 0 ? [PageAction(t[done.Count == 0 ? "Scoring.Start" : "Scoring.Continue"], round, next)] : null,
            Refresh = new CardRefresh(new ExecuteAction(t["Scoring.Refresh"], ScoringVerbs.Mine) { Data = Ids(round) }),
            Speak = t.Format("Scoring.Title", round.WorkYear),
        };
    }

    /// <summary>A scorer's card once the round is no longer open.</summary>
    public static AdaptiveCard Ended(Texts t, ScoringRoundEntity round, WorkCalendar calendar) =>
        new(Parts.Title(t.Format("Scoring.Title", round.WorkYear)),
            new TextBlock(round.ClosedAt is { } closed ? t.Format("Scoring.Ended.Body", calendar.ShowMoment(closed, t)) : t["Scoring.Ending"]))
        {
            Actions = round.Status == RoundState.Closed ? [new ExecuteAction(t["Scoring.Results"], ScoringVerbs.Results) { Data = Ids(round) }] : null,
        };
}
