using LiaisonBot.Features.Scoring;
using LiaisonBot.Features.Scoring.Ballots;
using LiaisonBot.Features.Scoring.Results;

namespace LiaisonBot.Tests.Features.Scoring;

/// <summary>The statistics the results card and the export show.</summary>
public sealed class ScoringResultsTests
{
    private static readonly ScoringRoundEntity Round = new()
    {
        RowKey = "r",
        Groups = "A;B;C;D",
        MaxIdeas = 25,
        MaxMeasures = 25,
        MaxMethods = 25,
        MaxEffect = 25,
        MinBallots = 5,
    };

    [Fact]
    public void Results_HaveMeansMedianAndSpread_ToOneDecimal_RankedWithTiesShared_AndNothingBelowK()
    {
        var ballots = Ballots("A", (20, 20, 20, 20), (21, 20, 20, 20), (22, 20, 20, 20), (23, 20, 20, 20), (25, 25, 25, 25), (25, 25, 25, 25))
            .Concat(Ballots("B", (10, 10, 10, 10), (10, 10, 10, 11), (10, 10, 10, 12), (10, 10, 10, 13), (10, 10, 10, 14)))
            .Concat(Ballots("C", (20, 20, 20, 20), (20, 20, 20, 20), (20, 20, 20, 20), (20, 20, 20, 20), (20, 20, 20, 20)))
            .Concat(Ballots("D", (25, 25, 25, 25), (25, 25, 25, 25), (25, 25, 25, 25), (25, 25, 25, 25)));

        var results = ScoringResults.Compute(Round, ballots).ToDictionary(r => r.Group);

        var a = results["A"];
        Assert.Equal(6, a.Ballots);
        Assert.Equal([22.7, 21.7, 21.7, 21.7], a.Means!);
        Assert.Equal(87.7, a.Total);
        Assert.Equal(82.5, a.Median);
        Assert.Equal(9.6, a.Spread);
        Assert.Equal(1, a.Rank);
        Assert.Equal((42.0, 42.0, 1.6, 3), (results["B"].Total, results["B"].Median, results["B"].Spread, results["B"].Rank));
        Assert.Equal((80.0, 0.0, 2), (results["C"].Total, results["C"].Spread, results["C"].Rank));
        Assert.True(results["D"].TooFew);
        Assert.Null(results["D"].Means);
        Assert.Null(results["D"].Rank);
        Assert.Equal(4, results["D"].Ballots);
    }

    [Fact]
    public void GroupsThatReadTheSame_ShareARank_AndTooFewComeLast()
    {
        var ballots = Enumerable.Range(0, 5).SelectMany(_ => Ballots("A", (20, 20, 20, 20)).Concat(Ballots("B", (20, 20, 20, 20))).Concat(Ballots("C", (10, 10, 10, 10))));

        var results = ScoringResults.Compute(Round, ballots);

        Assert.Equal(["A", "B", "C", "D"], results.Select(r => r.Group));
        Assert.Equal([1, 1, 3, null], results.Select(r => r.Rank));
    }

    [Theory]
    [InlineData(82.25, 82.3)]
    [InlineData(82.15, 82.2)]
    [InlineData(1647.0 / 20, 82.4)] // a mean of 20 ballots that a double holds as 82.3499…
    [InlineData(-0.05, -0.1)]
    public void Rounding_IsHalfAwayFromZero(double value, double shown) => Assert.Equal(shown, ScoringResults.OneDecimal(value));

    private static IEnumerable<BallotEntity> Ballots(string group, params (int, int, int, int)[] scores) =>
        scores.Select(s => new BallotEntity { Group = group, Ideas = s.Item1, Measures = s.Item2, Methods = s.Item3, Effect = s.Item4 }).ToList();
}
