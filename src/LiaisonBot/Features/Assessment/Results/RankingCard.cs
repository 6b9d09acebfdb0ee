using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Assessment.Results;

/// <summary>
/// Every group ranked by total (ties share a rank), with its grade and the commended groups marked and named first; a
/// chart of the totals (a text chart on phones). Before approval only the secretariat sees it, marked so.
/// </summary>
public static class RankingCard
{
    public static AdaptiveCard Build(Texts t, YearResults year)
    {
        var a = year.Assessment;
        var approved = a.Status == AssessmentState.Approved;
        var title = t.Format("Assessment.Ranking.Title", a.Year);
        var body = new List<CardElement>
        {
            Parts.Title(title),
            new TextBlock(approved ? ScoreText.State(t, a) : t["Assessment.Ranking.NotApproved"])
            {
                Size = TextSize.Small, Spacing = Spacing.None, IsSubtle = approved ? true : null, Color = approved ? null : TextColor.Attention,
                Weight = approved ? null : TextWeight.Bolder,
            },
        };
        var commended = year.Cards.Where(c => c.Commended).ToList();
        if (commended.Count > 0)
        {
            body.Add(new TextBlock(t.Format(approved ? "Assessment.Ranking.Commended" : "Assessment.Ranking.WouldBeCommended",
                string.Join(t["List.Separator"], commended.Select(c => c.Group.Name))))
            { Color = TextColor.Good, Weight = TextWeight.Bolder });
        }

        if (year.Cards.Count == 0)
        {
            body.Add(new TextBlock(t["Assessment.Ranking.Empty"]) { IsSubtle = true });
            return new AdaptiveCard(body) { Speak = title };
        }

        body.Add(BarChart.Of(t["Assessment.Ranking.Chart"], [.. year.Cards.Select(c => (c.Group.Name, c.Total))]) with { Separator = true });
        body.AddRange(year.Cards.Select((c, i) => Row(t, year, c, i == 0)));
        return new AdaptiveCard(body) { Speak = title };
    }

    /// <summary>
    /// The ranking as the secretariat gets it: below it, any group's scorecard picked from a list, the workbook and every
    /// group's printable scorecard (only the secretariat may press them, so the published ranking goes without).
    /// </summary>
    public static AdaptiveCard ForOffice(Texts t, YearResults year)
    {
        var card = Build(t, year);
        if (year.Cards.Count == 0)
        {
            return card;
        }

        var data = FigureCard.Data(year, null, null);
        var picker = new InputChoiceSet
        {
            Id = AssessmentVerbs.Group,
            Label = t["Assessment.Ranking.Pick"],
            Style = "compact",
            Value = year.Cards[0].Group.Code,
            Choices = [.. year.Cards.OrderBy(c => c.Group.Kind).ThenBy(c => c.Group.Code, StringComparer.Ordinal).Select(c => new Choice(c.Group.Name, c.Group.Code))],
        };
        return new AdaptiveCard([.. card.Body, picker with { Separator = true }, new ActionSet([new ExecuteAction(t["Assessment.Ranking.Open"], AssessmentVerbs.Scorecard) { Data = data }])])
        {
            Speak = card.Speak,
            Actions =
            [
                new ExecuteAction(t["Assessment.Card.Export"], AssessmentVerbs.Export) { Data = data },
                new ExecuteAction(t["Assessment.Ranking.PrintAll"], AssessmentVerbs.Print) { Data = data },
            ],
        };
    }

    /// <summary>One line a group, "3　石桥镇联络组　88.5 · 良好 ★": a ColumnSet a group would pass Teams' 28 KB with 60 groups.</summary>
    private static TextBlock Row(Texts t, YearResults year, Scorecard c, bool first)
    {
        var rank = ScoreText.Tied(year, c) ? t.Format("Assessment.Ranking.TiedRank", c.Rank) : $"{c.Rank}";
        var mark = c.Commended ? " " + t["Assessment.Ranking.Star"] : "";
        return new TextBlock($"**{rank}**　{PlainText.Literal(c.Group.Name)}　{ScoreText.Number(c.Total)} · {ScoreText.Grade(t, c)}{mark}")
        {
            Size = TextSize.Small,
            Color = c.Commended ? TextColor.Good : null,
            Separator = first,
            Spacing = first ? Spacing.Medium : Spacing.None,
        };
    }
}
