using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Scoring;

/// <summary>
/// The Standing Committee's cards. None of them ever shows a score, not even the scorer's own: the bot's answers stay
/// in the chat history, which tenant administrators can search.
/// </summary>
public static partial class ScoringCards
{
    /// <summary>What opening the round sends to every scorer (and a reminder sends again); each viewer's client refreshes it into their own card.</summary>
    public static AdaptiveCard Invitation(Texts t, ScoringRoundEntity round, WorkCalendar calendar, bool reminder)
    {
        var heading = new List<CardElement>();
        if (reminder)
        {
            heading.Add(new TextBlock(t["Scoring.Invite.Reminder"]) { Color = TextColor.Warning, Weight = TextWeight.Bolder });
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

    /// <summary>The scorer's own card: how far they are, and one line per page with a button to score it.</summary>
    public static AdaptiveCard ScorerHome(Texts t, ScoringRoundEntity round, Committee roster, IReadOnlyList<IReadOnlyList<string>> pages,
        IReadOnlyCollection<string> scored, WorkCalendar calendar)
    {
        var done = scored.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var total = pages.Sum(p => p.Count);
        var body = new List<CardElement>
        {
            new Container(Heading(t, round, calendar).ToList()) { Style = ContainerStyle.Emphasis, Bleed = true },
            new TextBlock(t.Format("Scoring.Progress", pages.Sum(p => p.Count(done.Contains)), total)) { Weight = TextWeight.Bolder, Size = TextSize.Medium },
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
            ]) { Separator = true });
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

    /// <summary>One page: a few groups, four empty inputs each. Inputs are never filled in, even after an error.</summary>
    public static AdaptiveCard Page(Texts t, ScoringRoundEntity round, Committee roster, IReadOnlyList<IReadOnlyList<string>> pages, int page,
        IReadOnlyCollection<string> scored, WorkCalendar calendar, ScoreInput? input)
    {
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("Scoring.Page.Title", round.WorkYear, page + 1, pages.Count)),
            new TextBlock(t.Format("Scoring.Page.Hint", calendar.ShowMoment(round.ClosesAt, t))) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
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
                Id = Criteria.FieldId(group, c), Label = t.Format("Scoring.Input", c.Name(t), round.Max(c)), Min = 0, Max = round.Max(c),
                ErrorMessage = t["Scoring.Error.Range"],
            }]) { Width = "stretch" }).ToList())));
            if (input?.Errors.TryGetValue(group, out var error) == true)
            {
                items.Add(Parts.ErrorLine(t, error));
            }

            body.Add(new Container(items) { Separator = true, Spacing = Spacing.Medium });
        }

        body.Add(Promise(t));
        var data = new Dictionary<string, string>(Ids(round)) { [ScoringVerbs.PageNumber] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction(t["Scoring.Save"], ScoringVerbs.Save) { Data = data },
                new ExecuteAction(t["Scoring.Overview"], ScoringVerbs.Mine) { Data = Ids(round), AssociatedInputs = "none" },
            ],
        };
    }

    /// <summary>After a save: which groups are recorded, with no value, and where to go next.</summary>
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
            new TextBlock(t.Format("Scoring.Progress", scored, pages.Sum(p => p.Count))) { Weight = TextWeight.Bolder },
            new TextBlock(t["Scoring.Recorded.NoValues"]) { IsSubtle = true, Size = TextSize.Small })
        {
            Actions = actions,
        };
    }

    /// <summary>A scorer's card once the round is no longer open.</summary>
    public static AdaptiveCard Ended(Texts t, ScoringRoundEntity round, WorkCalendar calendar) =>
        new(Parts.Title(t.Format("Scoring.Title", round.WorkYear)),
            new TextBlock(round.ClosedAt is { } closed ? t.Format("Scoring.Ended.Body", calendar.ShowMoment(closed, t)) : t["Scoring.Ending"]))
        {
            Actions = round.Status == RoundState.Closed ? [new ExecuteAction(t["Scoring.Results"], ScoringVerbs.Results) { Data = Ids(round) }] : null,
        };

    /// <summary>The anonymity promise, and what it does not cover, on every card a scorer scores from.</summary>
    public static Container Promise(Texts t) =>
        new([
            new TextBlock("🔒 " + t["Scoring.Promise.Title"]) { Weight = TextWeight.Bolder, Size = TextSize.Small },
            new TextBlock(t["Scoring.Promise"]) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        ]) { Separator = true, Spacing = Spacing.Medium };

    public static string GroupName(Committee roster, string code) => roster.Group(code)?.Name ?? code;

    private static IEnumerable<CardElement> Heading(Texts t, ScoringRoundEntity round, WorkCalendar calendar)
    {
        yield return Parts.Title(t.Format("Scoring.Title", round.WorkYear));
        yield return new TextBlock(t.Format("Scoring.Invite.Closes", calendar.ShowMoment(round.ClosesAt, t))) { IsSubtle = true, Spacing = Spacing.None };
    }

    private static ExecuteAction PageAction(string title, ScoringRoundEntity round, int page) =>
        new(title, ScoringVerbs.Page)
        {
            Data = new Dictionary<string, string>(Ids(round)) { [ScoringVerbs.PageNumber] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
}
