using System.Globalization;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Assessment.Results;

/// <summary>
/// What a computed item counted (each figure opens to its records): the figure in words, then every record behind it, a
/// page at a time, with its date and whether it counted (a task done late, a record not yet verified does not).
/// </summary>
public static class FigureCard
{
    /// <summary>Records a page: a group's year of verified records runs to hundreds, and the card must stay under Teams' 28 KB.</summary>
    public const int PageSize = 25;

    public const string PageKey = "page";

    /// <summary>The data every results button carries: the year, and the group and item it is about.</summary>
    public static Dictionary<string, string> Data(YearResults year, Scorecard? card, string? item)
    {
        var data = new Dictionary<string, string> { [AssessmentVerbs.Year] = year.Assessment.Year.ToString(CultureInfo.InvariantCulture) };
        if (card is not null)
        {
            data[AssessmentVerbs.Group] = card.Group.Code;
        }

        if (item is not null)
        {
            data[AssessmentVerbs.Item] = item;
        }

        return data;
    }

    public static AdaptiveCard Build(Texts t, YearResults year, Scorecard card, ItemScore item, int page)
    {
        var figure = item.Figure;
        var title = item.Item.Name(t.IsChinese);
        var body = new List<CardElement>
        {
            Parts.Title(title),
            new TextBlock(t.Format("Assessment.Figure.Subtitle", card.Group.Name, year.Assessment.Year, ScoreText.Of(t, item.Points, item.Item.Max)))
            {
                Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None,
            },
        };
        if (figure is null)
        {
            body.Add(new TextBlock(t["Assessment.Card.Pending.Computed"]));
            return new AdaptiveCard(body) { Actions = [Back(t, year, card)], Speak = title };
        }

        body.Add(new TextBlock(FigureText.Explain(t, item.Item, figure)) { Weight = TextWeight.Bolder });
        if (item.Adjustment is { } adjustment)
        {
            body.Add(new TextBlock(ScoreText.Adjusted(t, item.Proposed, adjustment with { Reason = PlainText.Literal(Parts.Clip(adjustment.Reason, ScorecardCard.TextShown)) }))
            {
                Color = TextColor.Attention,
                Size = TextSize.Small,
            });
        }

        var counted = figure.Evidence.Count(e => e.Counts);
        body.Add(new TextBlock(t.Format("Assessment.Figure.Counted", counted, figure.Evidence.Count)) { Size = TextSize.Small, IsSubtle = true });
        var lines = figure.Evidence.OrderBy(e => e.Date ?? DateOnly.MaxValue).ToList();
        var shown = Pages.Of(lines, page, PageSize);
        if (shown.Count > 1)
        {
            body.Add(new TextBlock(t.Format("Points.Page", shown.Number + 1, shown.Count)) { IsSubtle = true, Size = TextSize.Small });
        }

        body.AddRange(shown.Items.Select((e, i) => Line(t, e, i == 0)));
        if (lines.Count == 0)
        {
            body.Add(new TextBlock(t["Assessment.Figure.None"]) { IsSubtle = true });
        }

        var actions = new List<CardAction>();
        if (shown.HasPrevious)
        {
            actions.Add(PageButton(t["Points.Previous"], year, card, item, shown.Number - 1));
        }

        if (shown.HasNext)
        {
            actions.Add(PageButton(t["Points.Next"], year, card, item, shown.Number + 1));
        }

        actions.Add(Back(t, year, card));
        return new AdaptiveCard(body) { Actions = actions, Speak = title };
    }

    private static ColumnSet Line(Texts t, Evidence e, bool first) => new(
    [
        new Column([new TextBlock(e.Date is { } d ? WorkCalendar.Iso(d) : "—") { Size = TextSize.Small, IsSubtle = true }]) { Width = "auto" },
        new Column([new TextBlock(PlainText.Literal(Parts.Clip(e.Text, 120))) { Size = TextSize.Small }]) { Width = "stretch" },
        new Column([new TextBlock(t[e.Counts ? "Assessment.Figure.Counts" : "Assessment.Figure.NotCounted"])
        {
            Size = TextSize.Small, Color = e.Counts ? TextColor.Good : TextColor.Attention, HorizontalAlignment = HorizontalAlignment.Right,
        }]) { Width = "auto" },
    ])
    { Separator = first, Spacing = Spacing.Small };

    private static ExecuteAction Back(Texts t, YearResults year, Scorecard card) =>
        new(t["Assessment.Figure.Back"], AssessmentVerbs.Scorecard) { Data = Data(year, card, null) };

    private static ExecuteAction PageButton(string title, YearResults year, Scorecard card, ItemScore item, int page) =>
        new(title, AssessmentVerbs.Figure) { Data = new Dictionary<string, string>(Data(year, card, item.Item.Code)) { [PageKey] = page.ToString(CultureInfo.InvariantCulture) } };
}
