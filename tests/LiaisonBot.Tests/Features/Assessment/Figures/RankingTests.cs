using LiaisonBot.App;
using LiaisonBot.Features.Assessment.Results;

namespace LiaisonBot.Tests.Features.Assessment.Figures;

/// <summary>Ranking by total: ties share a rank and the next rank skips; a tie at the last commended place commends every group in it.</summary>
public sealed class RankingTests
{
    [Fact]
    public void EqualTotals_ShareARank_AndTheNextRankSkips()
    {
        var ranked = Ranking.Rank([Card("T03", 85), Card("T01", 90), Card("T02", 90), Card("T04", 80)], commended: 3);

        Assert.Equal(["T01 1 ★", "T02 1 ★", "T03 3 ★", "T04 4"], ranked.Select(Show));
    }

    [Fact]
    public void ATieAtTheLastCommendedPlace_CommendsBoth()
    {
        var ranked = Ranking.Rank([Card("T01", 95), Card("T02", 90), Card("A01", 88.5m), Card("T05", 88.5m), Card("T04", 80)], commended: 3);

        Assert.Equal(["T01 1 ★", "T02 2 ★", "A01 3 ★", "T05 3 ★", "T04 5"], ranked.Select(Show));
    }

    [Fact]
    public void ATieForFirst_LargerThanTheCommendedNumber_CommendsTheWholeTie_AndNobodyBelowIt()
    {
        var ranked = Ranking.Rank([Card("T01", 90), Card("T02", 90), Card("T03", 90), Card("T04", 90), Card("T05", 89.9m)], commended: 3);

        Assert.Equal(["T01 1 ★", "T02 1 ★", "T03 1 ★", "T04 1 ★", "T05 5"], ranked.Select(Show));
    }

    private static string Show(Scorecard c) => $"{c.Group.Code} {c.Rank}{(c.Commended ? " ★" : "")}";

    private static Scorecard Card(string code, decimal total) =>
        new(new Group(code, code, code.StartsWith('T') ? GroupKind.Township : GroupKind.Agency), [], [], total, 100, total, [], 0, total, null);
}
