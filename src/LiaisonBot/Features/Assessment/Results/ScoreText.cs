using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Assessment.Results;

/// <summary>
/// A scorecard in words, the same on the card, in the printed PDF and in the workbook: points of a maximum, where an
/// item's points come from, why it has none yet, an adjustment with its reason, the bonus and its cap, the total.
/// </summary>
public static class ScoreText
{
    public static string Number(decimal value) => RulesCard.Number(value);

    public static string Of(Texts t, decimal points, decimal max) => t.Format("Assessment.Card.PointsOf", Number(points), Number(max));

    public static string Source(Texts t, ItemScore item) => t[$"Assessment.Source.{item.Item.Source}"];

    /// <summary>What an item's points rest on: the figure in words, the claim's points, or why it counts 0 for now.</summary>
    public static string Basis(Texts t, ItemScore item) => item switch
    {
        { Figure: { } figure } => FigureText.Explain(t, item.Item, figure),
        { Pending: true } => t[$"Assessment.Card.Pending.{item.Item.Source}"],
        { Claim: { } claim } => t.Format("Assessment.Card.Claimed", Number(claim.Points)),
        { Proposed: { } proposed } => t.Format("Assessment.Card.Entered", Number(proposed)),
        _ => "",
    };

    public static string Adjusted(Texts t, decimal? from, Adjustment adjustment) =>
        t.Format("Assessment.Card.Adjusted", from is { } f ? Number(f) : "–", Number(adjustment.Points), adjustment.Reason);

    public static string Bonus(Texts t, BonusScore bonus) =>
        t.Format("Assessment.Card.BonusEntry", Number(bonus.Points), bonus.Entry.Reason, t["Assessment.Card.BonusClaimed"]);

    /// <summary>"加分合计 14 分，按上限计 10 分" when the cap cut the entries, else null.</summary>
    public static string? Capped(Texts t, Scorecard card) =>
        card.BonusClaimed != card.BonusPoints ? t.Format("Assessment.Card.BonusCapped", Number(card.BonusClaimed), Number(card.BonusPoints)) : null;

    /// <summary>How the total is made: the items' sum of their maximum (rescaled when the scheme says so), plus the bonus.</summary>
    public static string Total(Texts t, Scorecard card, AssessmentScheme scheme)
    {
        var items = scheme.RescaleMissing && card.Max > 0 && card.Max < scheme.FullMax
            ? t.Format("Assessment.Card.Rescaled", Number(card.Sum), Number(card.Max), Number(card.Scaled), Number(scheme.FullMax))
            : t.Format("Assessment.Card.Sum", Number(card.Sum), Number(card.Max));
        return t.Format("Assessment.Card.TotalLine", items, Number(card.BonusPoints), Number(card.Total));
    }

    /// <summary>"并列第 2 名（共 24 组）": the rank among all groups, ties said so.</summary>
    public static string Rank(Texts t, YearResults year, Scorecard card) =>
        t.Format("Assessment.Card.RankOf", card.Rank, year.Cards.Count, Tied(year, card) ? t["Assessment.Ranking.Tie"] : "");

    public static bool Tied(YearResults year, Scorecard card) => year.Cards.Count(c => c.Rank == card.Rank) > 1;

    public static string Grade(Texts t, Scorecard card) => card.Grade?.Name(t.IsChinese) ?? "–";

    /// <summary>The chairman's meeting's decision as recorded at approval, or that there is none yet.</summary>
    public static string State(Texts t, AssessmentEntity a) => a.Status == AssessmentState.Approved
        ? t.Format("Assessment.Card.Approved", a.Decision ?? "", a.DecisionDate ?? "")
        : t["Assessment.Card.NotApproved"];
}
