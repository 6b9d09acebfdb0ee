using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Assessment.Results;

/// <summary>
/// A group's scorecard (考核表): the total, grade and, once approved, rank and commendation; the group against the county
/// average by section (a chart, a table on phones); each section and item with its points of the maximum, where they come
/// from, the figure in words with a button to its records, the group's statement, and every adjustment with its reason;
/// the bonus entries and the cap. The same card for the leader and, with <c>forOffice</c>, the secretariat's buttons.
/// </summary>
public static class ScorecardCard
{
    /// <summary>User text echoed on the card (statements, reasons) is cut here, so a pasted essay cannot pass Teams' 28 KB.</summary>
    public const int TextShown = 200;

    public static AdaptiveCard Build(Texts t, YearResults year, Scorecard card, bool forOffice)
    {
        var a = year.Assessment;
        var approved = a.Status == AssessmentState.Approved;
        var title = t.Format("Assessment.Card.Title", card.Group.Name, a.Year);
        var body = new List<CardElement>
        {
            Parts.Title(title),
            new TextBlock($"{t[$"Kind.{card.Group.Kind}"]} · {ScoreText.State(t, a)}")
            {
                Size = TextSize.Small, Spacing = Spacing.None, IsSubtle = approved ? true : null, Color = approved ? null : TextColor.Attention,
            },
        };
        var figures = new List<Column>
        {
            Parts.Figure(t["Assessment.Card.Total"], ScoreText.Number(card.Total), TextColor.Accent),
            Parts.Figure(t["Assessment.Card.Grade"], ScoreText.Grade(t, card), null),
        };
        if (approved && card.Rank is not null)
        {
            var label = ScoreText.Tied(year, card) ? t["Assessment.Card.RankTied"] : t["Assessment.Card.Rank"];
            figures.Add(Parts.Figure(label, $"{card.Rank}/{year.Cards.Count}", card.Commended ? TextColor.Good : null));
        }

        body.Add(new ColumnSet(figures));
        if (approved && card.Commended)
        {
            body.Add(new TextBlock(t["Assessment.Card.Commended"]) { Color = TextColor.Good, Weight = TextWeight.Bolder, Spacing = Spacing.Small });
        }

        body.Add(new TextBlock(ScoreText.Total(t, card, year.Scheme)) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.Small });
        if (card.Sections.Count > 0)
        {
            body.Add(Chart(t, year, card) with { Separator = true });
        }

        body.AddRange(card.Sections.Select(s => Section(t, year, card, s)));
        body.Add(Bonus(t, year.Scheme, card));
        return new AdaptiveCard(body) { Actions = Actions(t, year, card, forOffice, approved), Speak = title };
    }

    /// <summary>The group's points by section beside the county average of the groups each section applies to.</summary>
    public static GroupedBarChart Chart(Texts t, YearResults year, Scorecard card) => GroupedBarChart.Of(
        t["Assessment.Card.Chart"],
        [.. card.Sections.Select(s => s.Section.Name(t.IsChinese))],
        [
            (card.Group.Name, [.. card.Sections.Select(s => s.Points)]),
            (t["Assessment.Card.Average"], [.. card.Sections.Select(s => year.AverageOf(s.Section.Code))]),
        ]);

    private static Container Section(Texts t, YearResults year, Scorecard card, SectionScore section)
    {
        var items = new List<CardElement> { Row(section.Section.Name(t.IsChinese), ScoreText.Of(t, section.Points, section.Max), TextSize.Medium) };
        foreach (var item in card.Items.Where(i => string.Equals(i.Item.Section, section.Section.Code, StringComparison.OrdinalIgnoreCase)))
        {
            items.AddRange(Item(t, year, card, item));
        }

        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }

    private static IEnumerable<CardElement> Item(Texts t, YearResults year, Scorecard card, ItemScore item)
    {
        yield return Row(item.Item.Name(t.IsChinese), ScoreText.Of(t, item.Points, item.Item.Max), TextSize.Small) with { Spacing = Spacing.Small };
        yield return new TextBlock($"{ScoreText.Source(t, item)} · {ScoreText.Basis(t, item)}")
        {
            Size = TextSize.Small,
            IsSubtle = item.Pending ? null : true,
            Spacing = Spacing.None,
            Color = item.Pending ? TextColor.Attention : null,
        };
        if (item.Claim is { Statement.Length: > 0 } claim)
        {
            yield return Small(t.Format("Assessment.Card.Claim", Echo(claim.Statement)));
        }

        if (item.Adjustment is { } adjustment)
        {
            yield return Small(ScoreText.Adjusted(t, item.Proposed, adjustment with { Reason = Echo(adjustment.Reason) })) with { Color = TextColor.Attention, Weight = TextWeight.Bolder };
        }

        if (item.Figure is not null)
        {
            yield return new ActionSet([new ExecuteAction(t["Assessment.Card.Evidence"], AssessmentVerbs.Figure) { Data = FigureCard.Data(year, card, item.Item.Code) }])
            {
                Spacing = Spacing.None,
            };
        }
    }

    private static Container Bonus(Texts t, AssessmentScheme scheme, Scorecard card)
    {
        var lines = new List<CardElement>
        {
            Row(t.Format("Assessment.Card.Bonus", ScoreText.Number(scheme.BonusCap)), ScoreText.Of(t, card.BonusPoints, scheme.BonusCap), TextSize.Medium),
        };
        if (card.Bonus.Count == 0)
        {
            lines.Add(Small(t["Assessment.Card.NoBonus"]) with { IsSubtle = true });
        }

        foreach (var bonus in card.Bonus)
        {
            lines.Add(Small(ScoreText.Bonus(t, bonus with { Entry = bonus.Entry with { Reason = Echo(bonus.Entry.Reason) } })));
            if (bonus.Adjustment is { } adjustment)
            {
                lines.Add(Small(ScoreText.Adjusted(t, bonus.Entry.Points, adjustment with { Reason = Echo(adjustment.Reason) })) with { Color = TextColor.Attention, Weight = TextWeight.Bolder });
            }
        }

        if (ScoreText.Capped(t, card) is { } capped)
        {
            lines.Add(Small(capped) with { Color = TextColor.Attention });
        }

        return new Container(lines) { Separator = true, Spacing = Spacing.Medium };
    }

    private static List<CardAction> Actions(Texts t, YearResults year, Scorecard card, bool forOffice, bool approved)
    {
        var data = FigureCard.Data(year, card, null);
        var actions = new List<CardAction> { new ExecuteAction(t["Assessment.Card.Print"], AssessmentVerbs.Print) { Data = data } };
        if (approved || forOffice)
        {
            actions.Add(new ExecuteAction(t["Assessment.Card.Ranking"], AssessmentVerbs.Ranking) { Data = FigureCard.Data(year, null, null) });
        }

        if (forOffice)
        {
            actions.Add(new ExecuteAction(t["Assessment.Card.Export"], AssessmentVerbs.Export) { Data = FigureCard.Data(year, null, null) });
        }

        return actions;
    }

    /// <summary>A heading and its points, the points right-aligned where the eye finds them.</summary>
    private static ColumnSet Row(string label, string points, TextSize size) => new(
    [
        new Column([new TextBlock(label) { Weight = TextWeight.Bolder, Size = size }]) { Width = "stretch" },
        new Column([new TextBlock(points) { Weight = TextWeight.Bolder, Size = size, HorizontalAlignment = HorizontalAlignment.Right }]) { Width = "auto" },
    ]);

    private static TextBlock Small(string text) => new(text) { Size = TextSize.Small, Spacing = Spacing.None };

    /// <summary>What people typed, shown as typed (never as markdown) and cut to <see cref="TextShown"/>.</summary>
    private static string Echo(string text) => PlainText.Literal(Parts.Clip(text, TextShown));
}
