using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Features.Reports;
using LiaisonBot.Storage;

namespace LiaisonBot.Tests.Features.DutyFile.Points;

/// <summary>A member's points row within Azure's limits however busy their year, the totals always from every line.</summary>
public sealed class DutyPointsRowTests
{
    [Theory]
    [InlineData(40, 0)]
    [InlineData(5000, 1)]
    public void ABusyYear_FitsTheRow_KeepingTheNewestLines_AndTheTotals(int records, int expectLeftOut)
    {
        var start = new DateOnly(2027, 1, 1);
        var credits = Enumerable.Range(0, records).Select(n => new Credit($"{n:x32}", (ActivityKind)(n % 11), start.AddDays(n % 365),
            "第" + n + "次：" + new string('长', 38), CreditRole.Own, Verified: true)).ToList();
        var points = PointsLedger.Compute(RulesTemplate.Expected with { YearCap = null }, new PointsInputs(credits, [], [], []));

        var row = DutyPointsStore.Row(2027, "M004", "T01", points, 0, DateTimeOffset.UtcNow);
        EntityLimits.Check(row);
        var read = row.Read();

        Assert.Equal(points.Total, read.Total);
        Assert.Equal(points.Minimums, read.Minimums);
        Assert.Equal(points.Lines.Count, read.Lines.Count + read.LinesLeftOut);
        Assert.Equal(expectLeftOut, Math.Sign(read.LinesLeftOut));
        Assert.Equal(points.Lines.Max(l => l.Date), read.Lines.Max(l => l.Date));
    }
}
