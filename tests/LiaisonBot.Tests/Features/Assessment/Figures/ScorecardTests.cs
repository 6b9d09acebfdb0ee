using LiaisonBot.App;
using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Results;

namespace LiaisonBot.Tests.Features.Assessment.Figures;

/// <summary>
/// The scorecard on hand-worked examples against <see cref="FigureSchemes"/> (100 points: 95 for an agency, which has no
/// county party committee's score): the numbers in the comments are worked out on paper, not read back from the code.
/// </summary>
public sealed class ScorecardTests
{
    private const int Year = 2030;
    private static readonly Group Township = new("T01", "城关镇联络组", GroupKind.Township);
    private static readonly Group Agency = new("A01", "教育系统联络组", GroupKind.Agency);
    private static readonly DateTimeOffset At = new(2030, 12, 20, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Computed points: A1 5, A2 0, A3 3.8, B1 12, B2 8.5, C1 8.8, C2 6.7, D1 17.2, F1 9.1 = 71.1.</summary>
    private static GroupFigures Figures(string group) => new(group,
        [.. new (string Item, decimal Points)[] { ("A1", 5), ("A2", 0), ("A3", 3.8m), ("B1", 12), ("B2", 8.5m), ("C1", 8.8m), ("C2", 6.7m), ("D1", 17.2m), ("F1", 9.1m) }
            .Select(p => new ItemFigure(p.Item, p.Points, 0, 0, []))], At);

    /// <summary>The ledger claimed at 4, the county party committee's 4.5 entered, bonus entries of 6 and 7 (13, over the cap of 10).</summary>
    private static GroupEntries Entries(IReadOnlyDictionary<string, Adjustment>? adjustments = null) => new(
        new Dictionary<string, Claim> { ["A4"] = new(4, "台账齐全，按月归档") },
        [new("b1", 6, "获县委表彰"), new("b2", 7, "调研报告获县长批示")],
        new Dictionary<string, decimal> { ["E1"] = 4.5m },
        adjustments ?? new Dictionary<string, Adjustment>());

    [Fact]
    public void ATownship_AddsEveryItem_CapsTheBonus_AndTakesItsGrade()
    {
        var card = Scorecard.Of(FigureSchemes.Scheme(Year), Township, Figures("T01"), Entries());

        // 71.1 computed + 4 claimed + 4.5 entered = 79.6 of 100, no rescaling; bonus 6 + 7 = 13, capped at 10: 89.6, 良好.
        Assert.Equal(79.6m, card.Sum);
        Assert.Equal(100, card.Max);
        Assert.Equal(79.6m, card.Scaled);
        Assert.Equal(13, card.BonusClaimed);
        Assert.Equal(10, card.BonusPoints);
        Assert.Equal(89.6m, card.Total);
        Assert.Equal("良好", card.Grade!.Chinese);
        Assert.Equal([("S1", 12.8m, 20m), ("S2", 20.5m, 25m), ("S3", 15.5m, 20m), ("S4", 17.2m, 20m), ("S5", 4.5m, 5m), ("S6", 9.1m, 10m)],
            card.Sections.Select(s => (s.Section.Code, s.Points, s.Max)));
    }

    [Fact]
    public void AnAgency_WithoutTheTownshipOnlyItem_IsRescaledToTheFullMaximum_WhenTheSchemeSaysSo()
    {
        // 71.1 + 4 = 75.1 of 95 (the entered 4.5 is for townships only and does not count); 75.1 × 100 / 95 = 79.05… → 79.1; + 10 = 89.1.
        var card = Scorecard.Of(FigureSchemes.Scheme(Year), Agency, Figures("A01"), Entries());

        Assert.DoesNotContain(card.Items, i => i.Item.Code == "E1");
        Assert.DoesNotContain(card.Sections, s => s.Section.Code == "S5");
        Assert.Equal(75.1m, card.Sum);
        Assert.Equal(95, card.Max);
        Assert.Equal(79.1m, card.Scaled);
        Assert.Equal(89.1m, card.Total);
    }

    [Fact]
    public void AnAgency_IsOutOfFewerPoints_WhenTheSchemeDoesNotRescale()
    {
        // 75.1 of 95 as it is; + 10 = 85.1, 良好.
        var card = Scorecard.Of(FigureSchemes.Scheme(Year, rescale: false), Agency, Figures("A01"), Entries());

        Assert.Equal(95, card.Max);
        Assert.Equal(75.1m, card.Scaled);
        Assert.Equal(85.1m, card.Total);
        Assert.Equal("良好", card.Grade!.Chinese);
    }

    [Fact]
    public void TheBonus_CountsInFull_UnderTheCap_AndNeverBelowZero()
    {
        var scheme = FigureSchemes.Scheme(Year);
        var under = Scorecard.Of(scheme, Township, null, GroupEntries.None with { Bonus = [new("b1", 4, "省级表彰"), new("b2", 3, "市级表彰")] });
        var negative = Scorecard.Of(scheme, Township, null, GroupEntries.None with { Bonus = [new("b1", -3, "更正")] });

        Assert.Equal(7, under.BonusPoints);
        Assert.Equal(7, under.Total);
        Assert.Equal(0, negative.BonusPoints);
    }

    [Fact]
    public void ClaimedAndEnteredPoints_AreClampedToTheItem_AndAnItemNobodyGavePointsIsPending()
    {
        var entries = GroupEntries.None with
        {
            Claims = new Dictionary<string, Claim> { ["A4"] = new(8, "全部做到") },
            Entered = new Dictionary<string, decimal> { ["E1"] = 7 },
        };
        var card = Scorecard.Of(FigureSchemes.Scheme(Year), Township, null, entries);
        var negative = Scorecard.Of(FigureSchemes.Scheme(Year), Township, null, GroupEntries.None with { Claims = new Dictionary<string, Claim> { ["A4"] = new(-2, "无") } });

        Assert.Equal(5, Item(card, "A4").Points); // 8 claimed of 5
        Assert.Equal(5, Item(card, "E1").Points); // 7 entered of 5
        Assert.Equal(0, Item(negative, "A4").Points);
        Assert.True(Item(card, "B1").Pending); // no figures yet
        Assert.Equal(10, card.Total);
    }

    [Fact]
    public void Adjustments_OverrideComputedClaimedAndBonusPoints_KeepingWhatWasProposed()
    {
        var at = At.AddDays(5);
        var card = Scorecard.Of(FigureSchemes.Scheme(Year), Township, Figures("T01"), Entries(new Dictionary<string, Adjustment>
        {
            ["B1"] = new(10, "两项任务完成材料不全", "S01", at),
            ["A4"] = new(2, "台账缺三个月", "S01", at),
            ["b2"] = new(1, "批示为市级", "S01", at),
        }));

        // 79.6 − (12 − 10) − (4 − 2) = 75.6; bonus 6 + 1 = 7 (under the cap): 82.6.
        Assert.Equal((12m, 10m, "两项任务完成材料不全"), (Item(card, "B1").Proposed!.Value, Item(card, "B1").Points, Item(card, "B1").Adjustment!.Reason));
        Assert.Equal((4m, 2m), (Item(card, "A4").Proposed!.Value, Item(card, "A4").Points));
        Assert.Equal([6m, 1m], card.Bonus.Select(b => b.Points));
        Assert.Equal(75.6m, card.Sum);
        Assert.Equal(7, card.BonusPoints);
        Assert.Equal(82.6m, card.Total);
    }

    private static ItemScore Item(Scorecard card, string code) => card.Items.Single(i => i.Item.Code == code);
}
