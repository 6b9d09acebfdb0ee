using System.Globalization;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Assessment.Results;

/// <summary>
/// STAND-IN from the process branch, for the lead to replace with the results helper's scorecard card at merge: the
/// smallest real scorecard a leader can be sent on approval (total, rank, grade, each section and item with its points of
/// maximum, adjustments with their reasons), without the chart.
/// </summary>
public static class ScorecardCard
{
    public static AdaptiveCard Build(Texts t, YearResults year, Scorecard card, bool forOffice)
    {
        var chinese = t.IsChinese;
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("Assessment.Interim.Scorecard.Title", card.Group.Name, year.Scheme.Year)),
            new FactSet([
                new Fact(t["Assessment.Interim.Scorecard.Total"], $"{Number(card.Total)}{(card.Grade is { } g ? " · " + g.Name(chinese) : "")}"),
                new Fact(t["Assessment.Interim.Scorecard.Rank"], card.Rank is { } rank ? t.Format("Assessment.Interim.Scorecard.RankOf", rank, year.Cards.Count) : "—"),
                new Fact(t["Assessment.Interim.Scorecard.Bonus"], Number(card.BonusPoints)),
            ]),
        };
        if (card.Commended)
        {
            body.Add(new TextBlock(t["Assessment.Interim.Scorecard.Commended"]) { Color = TextColor.Good, Weight = TextWeight.Bolder });
        }

        foreach (var section in card.Sections)
        {
            body.Add(new TextBlock($"{section.Section.Name(chinese)} · {Number(section.Points)} / {Number(section.Max)}") { Weight = TextWeight.Bolder, Separator = true });
            foreach (var item in card.Items.Where(i => string.Equals(i.Item.Section, section.Section.Code, StringComparison.OrdinalIgnoreCase)))
            {
                body.Add(new TextBlock($"{item.Item.Name(chinese)}: {Number(item.Points)} / {Number(item.Item.Max)}") { Size = TextSize.Small, Spacing = Spacing.Small });
                if (item.Adjustment is { } a)
                {
                    body.Add(new TextBlock(t.Format("Assessment.Adjusted", Number(a.Points), PlainText.Literal(a.Reason))) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None });
                }
            }
        }

        return new AdaptiveCard(body) { Speak = t.Format("Assessment.Interim.Scorecard.Title", card.Group.Name, year.Scheme.Year) };
    }

    private static string Number(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
