using LiaisonBot.App;
using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Features.DutyFile.Points;

namespace LiaisonBot.Features.Assessment.Results;

/// <summary>
/// What a group entered and what the secretariat decided about it, apart from where it is stored: the claims of the
/// self-evaluation, the bonus entries, the scores entered in the review (by item code) and the adjustments (by item code,
/// or by bonus entry id).
/// </summary>
public sealed record GroupEntries(
    IReadOnlyDictionary<string, Claim> Claims,
    IReadOnlyList<BonusEntry> Bonus,
    IReadOnlyDictionary<string, decimal> Entered,
    IReadOnlyDictionary<string, Adjustment> Adjustments)
{
    public static GroupEntries None { get; } = new(new Dictionary<string, Claim>(), [], new Dictionary<string, decimal>(), new Dictionary<string, Adjustment>());
}

/// <summary>
/// One item of a scorecard: the points proposed (computed, claimed, or entered; null while nothing is), the points that
/// count (the adjustment's when there is one), and everything that explains them.
/// </summary>
public sealed record ItemScore(SchemeItem Item, decimal? Proposed, decimal Points, ItemFigure? Figure, Claim? Claim, Adjustment? Adjustment)
{
    /// <summary>An entered or claimed item nobody has given points yet: it counts 0 until they do.</summary>
    public bool Pending => Proposed is null && Adjustment is null;
}

/// <summary>A bonus entry with the points that count for it.</summary>
public sealed record BonusScore(BonusEntry Entry, decimal Points, Adjustment? Adjustment);

public sealed record SectionScore(SchemeSection Section, decimal Points, decimal Max);

/// <summary>
/// A group's assessment: every item that applies to it, the sections, the items' sum, that sum rescaled when the scheme
/// says so (an agency without the township-only item), the bonus within its cap, the total and its grade; the rank and
/// commendation once the groups are ranked.
/// </summary>
public sealed record Scorecard(
    Group Group,
    IReadOnlyList<ItemScore> Items,
    IReadOnlyList<SectionScore> Sections,
    decimal Sum,
    decimal Max,
    decimal Scaled,
    IReadOnlyList<BonusScore> Bonus,
    decimal BonusPoints,
    decimal Total,
    GradeBand? Grade)
{
    public int? Rank { get; init; }

    public bool Commended { get; init; }

    /// <summary>The bonus entries added up, before the cap: shown beside the capped bonus when it was cut.</summary>
    public decimal BonusClaimed => Bonus.Sum(b => b.Points);

    public static Scorecard Of(AssessmentScheme scheme, Group group, GroupFigures? figures, GroupEntries entries)
    {
        var items = scheme.ItemsFor(group.Kind).Select(item => Item(item, figures, entries)).ToList();
        var sections = scheme.Sections
            .Select(s => new SectionScore(s, items.Where(i => Same(i.Item.Section, s.Code)).Sum(i => i.Points), items.Where(i => Same(i.Item.Section, s.Code)).Sum(i => i.Item.Max)))
            .Where(s => s.Max > 0)
            .ToList();
        var sum = items.Sum(i => i.Points);
        var max = scheme.MaxFor(group.Kind);
        var scaled = scheme.RescaleMissing && max > 0 && max < scheme.FullMax ? OneDecimal(sum * scheme.FullMax / max) : sum;
        var bonus = entries.Bonus.Select(b => entries.Adjustments.TryGetValue(b.Id, out var a) ? new BonusScore(b, a.Points, a) : new BonusScore(b, b.Points, null)).ToList();
        var bonusPoints = Math.Min(scheme.BonusCap, Math.Max(0, bonus.Sum(b => b.Points)));
        var total = scaled + bonusPoints;
        return new Scorecard(group, items, sections, sum, max, scaled, bonus, bonusPoints, total, scheme.GradeOf(total));
    }

    private static ItemScore Item(SchemeItem item, GroupFigures? figures, GroupEntries entries)
    {
        var figure = item.Source == ItemSource.Computed ? figures?.For(item.Code) : null;
        var claim = item.Source == ItemSource.Claimed ? entries.Claims.GetValueOrDefault(item.Code) : null;
        decimal? proposed = item.Source switch
        {
            ItemSource.Computed => figure?.Points,
            ItemSource.Claimed => claim is null ? null : Math.Clamp(claim.Points, 0, item.Max),
            _ => entries.Entered.TryGetValue(item.Code, out var entered) ? Math.Clamp(entered, 0, item.Max) : null,
        };
        var adjustment = entries.Adjustments.GetValueOrDefault(item.Code);
        return new ItemScore(item, proposed, adjustment?.Points ?? proposed ?? 0, figure, claim, adjustment);
    }

    /// <summary>Rounded half away from zero (四舍五入), through decimal, as people round by hand.</summary>
    public static decimal OneDecimal(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
