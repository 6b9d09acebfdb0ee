using LiaisonBot.Cards;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.DutyFile;

/// <summary>
/// Mass supervision (群众评议) in a member's duty file: their satisfaction share in the year's closed campaigns and what
/// the rules gave for it, or that too few answered about them for a share to be shown (the results card's own k).
/// </summary>
public static class SupervisionParts
{
    public static IEnumerable<CardElement> Section(Texts t, MemberPoints? points)
    {
        if (points?.Satisfaction is not { } satisfaction)
        {
            yield break;
        }

        yield return new TextBlock(t["DutyFile.Supervision"]) { Weight = TextWeight.Bolder, Separator = true };
        yield return new TextBlock(Text(t, points)) { Size = TextSize.Small, Spacing = Spacing.None, IsSubtle = satisfaction.TooFew };
    }

    /// <summary>The share and its points in one line, as the card and the printed file show it.</summary>
    public static string Text(Texts t, MemberPoints points) => points.Satisfaction switch
    {
        null => "",
        { TooFew: true } s => t.Format("DutyFile.Supervision.TooFew", s.Answered, s.MinBallots),
        var s => t.Format("DutyFile.Supervision.Share", PointsLedger.Percent(s.Share!.Value), s.Answered) + " · "
            + (points.SupervisionLine is { } line ? PointsParts.Earned(t, line) : t["DutyFile.Supervision.NoPoints"]),
    };
}
