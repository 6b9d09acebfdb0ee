using System.Globalization;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Assessment.Results;

/// <summary>
/// STAND-IN from the process branch, for the lead to replace with the results helper's ranking card at merge: the
/// smallest real ranking (rank, group, total, grade, the commended groups marked), without the chart.
/// </summary>
public static class RankingCard
{
    public static AdaptiveCard Build(Texts t, YearResults year)
    {
        var body = new List<CardElement> { Parts.Title(t.Format("Assessment.Interim.Ranking.Title", year.Scheme.Year)) };
        body.AddRange(year.Cards.Select(c => new TextBlock(
            $"{c.Rank}. {PlainText.Literal(c.Group.Name)} · {c.Total.ToString("0.#", CultureInfo.InvariantCulture)}{(c.Grade is { } g ? " · " + g.Name(t.IsChinese) : "")}" +
            (c.Commended ? " · " + t["Assessment.Interim.Ranking.Commended"] : ""))
        { Spacing = Spacing.Small, Weight = c.Commended ? TextWeight.Bolder : null }));
        return new AdaptiveCard(body) { Speak = t.Format("Assessment.Interim.Ranking.Title", year.Scheme.Year) };
    }
}
