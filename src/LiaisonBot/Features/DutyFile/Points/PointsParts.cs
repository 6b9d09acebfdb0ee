using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Reports;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.DutyFile.Points;

/// <summary>How points look wherever they are shown: the figures, the way to the minimums, and what each line earned and why.</summary>
public static class PointsParts
{
    public const int OtherLinesShown = 10;

    /// <summary>Points, grade and minimums as three figures; the provisional points and each minimum beneath.</summary>
    public static IEnumerable<CardElement> Summary(Texts t, MemberPoints points)
    {
        var met = points.Minimums.Count(m => m.Met);
        yield return new ColumnSet(
        [
            Parts.Figure(t["Points.Total"], RulesCard.Number(points.Total), TextColor.Accent),
            Parts.Figure(t["Points.Grade"], points.Grade?.Name(t.IsChinese) ?? "—", null),
            Parts.Figure(t["Points.Minimums"], $"{met}/{points.Minimums.Count}", points.MinimumsMet ? TextColor.Good : TextColor.Attention),
        ]);
        if (points.Provisional != 0)
        {
            yield return new TextBlock(t.Format("Points.ProvisionalNote", RulesCard.Number(points.Provisional))) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None };
        }

        foreach (var minimum in points.Minimums)
        {
            var kind = minimum.Rule.Kind is { } k ? k.Name(t) : t["Points.Rules.AnyKind"];
            yield return new TextBlock(t.Format(minimum.Met ? "Points.Minimum.Met" : "Points.Minimum.Short", kind, minimum.Have, minimum.Rule.Count))
            {
                Size = TextSize.Small,
                Color = minimum.Met ? TextColor.Good : TextColor.Attention,
                Spacing = Spacing.None,
            };
        }
    }

    /// <summary>
    /// The points that come from no record of the member's own, no meeting and not mass supervision (those have their own
    /// sections): taking part in others' records, tasks, deductions for anything else.
    /// </summary>
    public static IEnumerable<CardElement> OtherLines(Texts t, MemberPoints points)
    {
        var others = Others(points).OrderByDescending(l => l.Date).ToList();
        if (others.Count == 0)
        {
            yield break;
        }

        yield return new TextBlock(t["Points.OtherLines"]) { Weight = TextWeight.Bolder, Separator = true };
        foreach (var line in others.Take(OtherLinesShown))
        {
            yield return new TextBlock($"{WorkCalendar.Show(line.Date, t)} · {t.Format($"Points.Source.{line.Source}", line.Title)} · {Earned(t, line)}")
            {
                Size = TextSize.Small,
                MaxLines = 2,
                Spacing = Spacing.None,
            };
        }
    }

    /// <summary>The lines <see cref="OtherLines"/> lists, the printed file too.</summary>
    public static IEnumerable<PointsLine> Others(MemberPoints points) =>
        points.Lines.Where(l => l.Source is not (PointsSource.Activity or PointsSource.Supervision) && l.Meeting is null);

    /// <summary>What one line earned, in words that say why when it is not the rule's full value.</summary>
    public static string Earned(Texts t, PointsLine line) => line switch
    {
        { Duplicate: true } => t["DutyFile.CountedOnce"],
        { Source: PointsSource.Deduction } => "−" + RulesCard.Number(-line.Awarded),
        { Rule: 0 } => t["Points.Earned.NoRule"],
        { Provisional: true } => t.Format("Points.Earned.Provisional", RulesCard.Number(line.Awarded)),
        _ when line.Capped != LineCap.None => t.Format("Points.Earned.Capped", RulesCard.Number(line.Awarded), RulesCard.Number(line.Rule), t[$"Points.Cap.{line.Capped}"]),
        _ => "+" + RulesCard.Number(line.Awarded),
    };
}
