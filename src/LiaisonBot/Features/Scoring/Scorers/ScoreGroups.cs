using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Scoring.Ballots;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using static LiaisonBot.Features.Scoring.ScoringParts;

namespace LiaisonBot.Features.Scoring.Scorers;

/// <summary>
/// Scoring one page of groups: the page, and its save. The scorer is always the caller as the roster knows them,
/// whatever the card data says; no card the bot answers with ever carries a score, because bot messages stay in the
/// chat, where tenant administrators can search them.
/// </summary>
public sealed class ScoreGroups(ScoringStore rounds, BallotBox box, ScorerHome home, WorkCalendar calendar)
{
    public async Task<AdaptiveCard> PageAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (await ScorerRoundAsync(turn, caller, ct) is not (ScoringRoundEntity round, null))
        {
            return await RefusalAsync(turn, caller, ct);
        }

        var pages = home.Pages(round, caller);
        return PageNumber(turn, pages.Count) is { } page
            ? Card(caller.Texts, round, caller.Roster, pages, page, await box.ScoredAsync(round.Id, caller.Member.Code, ct), calendar, null)
            : await home.CardAsync(caller, round, ct);
    }

    /// <summary>Saves one page. The answer names the groups whose scores are recorded and shows no value.</summary>
    public async Task<AdaptiveCard> SaveAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (await ScorerRoundAsync(turn, caller, ct) is not (ScoringRoundEntity round, null))
        {
            return await RefusalAsync(turn, caller, ct);
        }

        var scorer = caller.Member.Code;
        var pages = home.Pages(round, caller);
        if (PageNumber(turn, pages.Count) is not { } page)
        {
            return await home.CardAsync(caller, round, ct);
        }

        var input = ScoreForm.Read(turn.ActionData, round, scorer, pages[page]);
        if (input.Scores is null)
        {
            return Card(caller.Texts, round, caller.Roster, pages, page, await box.ScoredAsync(round.Id, scorer, ct), calendar, input);
        }

        if ((await box.SaveAsync(round, scorer, input.Scores, ct)).Scored is not { } scored)
        {
            return await RefusalAsync(turn, caller, ct);
        }

        return Recorded(caller.Texts, round, caller.Roster, input.Scores.Keys.ToList(), pages, page, scored.Count);
    }

    /// <summary>The round named by the card, if the caller scores in it and it is still open; else the second item is why not.</summary>
    private async Task<(ScoringRoundEntity? Round, string? Refusal)> ScorerRoundAsync(Turn turn, Caller caller, CancellationToken ct) =>
        await rounds.FindAsync(turn.ActionId(ScoringVerbs.Id), ct) switch
        {
            null => (null, "Scoring.NotFound"),
            var r when !r.IsScorer(caller.Member.Code) => (r, "Scoring.NotScorer"),
            { Status: not RoundState.Open } r => (r, "Scoring.Ended"),
            var r => (r, null),
        };

    private async Task<AdaptiveCard> RefusalAsync(Turn turn, Caller caller, CancellationToken ct) =>
        await ScorerRoundAsync(turn, caller, ct) switch
        {
            ({ } round, "Scoring.Ended") => ScorerHome.Ended(caller.Texts, round, calendar),
            (_, "Scoring.NotScorer") => ScoringNotice.NotScorer(caller),
            (_, { } refusal) => ScoringNotice.Card(caller.Texts, refusal),
            ({ } round, null) => ScorerHome.Ended(caller.Texts, round, calendar), // closed while the save was under way
            _ => ScoringNotice.NotFound(caller.Texts),
        };

    private static int? PageNumber(Turn turn, int pages) =>
        turn.ActionNumber(ScoringVerbs.PageNumber) is { } page && page < pages ? page : null;

    /// <summary>
    /// One page: a few groups, four inputs each, empty unless the page comes back with an error (then as typed).
    /// Number inputs without min or max: a client clamps a number input to its max without a word (30 became 25 and the
    /// card said "Recorded"), so the range is in the label and the server alone checks it, keeping a wrong value to fix.
    /// </summary>
    public static AdaptiveCard Card(Texts t, ScoringRoundEntity round, Committee roster, IReadOnlyList<IReadOnlyList<string>> pages, int page,
        IReadOnlyCollection<string> scored, WorkCalendar calendar, ScoreInput? input)
    {
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("Scoring.Page.Title", round.WorkYear, page + 1, pages.Count)),
            new TextBlock(t.Format("Scoring.Page.Hint", calendar.ShowMoment(round.ClosesAt, t))) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            new Container(Criteria.All.Select(c => (CardElement)new TextBlock(t[$"Scoring.Criterion.{c}.Hint"]) { Size = TextSize.Small, Spacing = Spacing.None }).ToList()),
        };
        if (input?.PageError is { } pageError)
        {
            body.Add(new TextBlock("⚠ " + t.Format(pageError.Key, pageError.Args)) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }
        else if (input?.Errors.Count > 0)
        {
            body.Add(new TextBlock(t["Scoring.Page.Fix"]) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        foreach (var group in pages[page])
        {
            var items = new List<CardElement>
            {
                new TextBlock(GroupName(roster, group)) { Weight = TextWeight.Bolder, Size = TextSize.Medium },
                new TextBlock(t[scored.Contains(group, StringComparer.OrdinalIgnoreCase) ? "Scoring.Page.Scored" : "Scoring.Page.NotScored"])
                    { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            };
            items.AddRange(Criteria.All.Chunk(2).Select(pair => new ColumnSet(pair.Select(c => new Column([new InputNumber
            {
                Id = Criteria.FieldId(group, c), Label = t.Format("Scoring.Input", c.Name(t), round.Max(c)),
                ErrorMessage = t["Scoring.Error.Range"], Value = Typed(input, Criteria.FieldId(group, c)),
            }])
            { Width = "stretch" }).ToList())));
            if (input?.Errors.TryGetValue(group, out var error) == true)
            {
                items.Add(Parts.ErrorLine(t, error));
            }

            body.Add(new Container(items) { Separator = true, Spacing = Spacing.Medium });
        }

        body.Add(Promise(t));
        var data = new Dictionary<string, string>(Ids(round)) { [ScoringVerbs.PageNumber] = page.ToString(CultureInfo.InvariantCulture) };
        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction(t["Scoring.Save"], ScoringVerbs.Save) { Data = data },
                new ExecuteAction(t["Scoring.Overview"], ScoringVerbs.Mine) { Data = Ids(round), AssociatedInputs = "none" },
            ],
        };
    }

    /// <summary>A typed value to show back, if it is a number (a forged text cannot go into a number input).</summary>
    private static double? Typed(ScoreInput? input, string id) => CardData.Number(input?.Typed.GetValueOrDefault(id));

    /// <summary>After a save: which groups are recorded (all four items each), with no value, and where to go next.</summary>
    public static AdaptiveCard Recorded(Texts t, ScoringRoundEntity round, Committee roster, IReadOnlyList<string> saved,
        IReadOnlyList<IReadOnlyList<string>> pages, int page, int scored)
    {
        var actions = new List<CardAction>();
        if (page + 1 < pages.Count)
        {
            actions.Add(PageAction(t["Scoring.Next"], round, page + 1));
        }

        actions.Add(new ExecuteAction(t["Scoring.Overview"], ScoringVerbs.Mine) { Data = Ids(round) });
        return new AdaptiveCard(
            new Container([Parts.Title("✓ " + t["Scoring.Recorded.Title"])]) { Style = ContainerStyle.Good, Bleed = true },
            new TextBlock(t.Format("Scoring.Recorded.Body", string.Join(t["List.Separator"], saved.Select(g => GroupName(roster, g))))),
            new TextBlock(t.Plural("Scoring.Progress", pages.Sum(p => p.Count), scored)) { Weight = TextWeight.Bolder },
            new TextBlock(t["Scoring.Recorded.NoValues"]) { IsSubtle = true, Size = TextSize.Small })
        {
            Actions = actions,
        };
    }
}
