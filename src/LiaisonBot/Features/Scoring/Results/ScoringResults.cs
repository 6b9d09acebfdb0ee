using LiaisonBot.Features.Scoring.Ballots;

namespace LiaisonBot.Features.Scoring.Results;

/// <summary>One group's result. With fewer than k ballots only the count is known: every statistic is null.</summary>
public sealed record GroupResult(string Group, int Ballots, int? Rank, IReadOnlyList<double>? Means, double? Total, double? Median, double? Spread)
{
    public bool TooFew => Total is null;
}

/// <summary>
/// Per group: ballots, mean per criterion and of the total, median and standard deviation (n − 1) of the totals, all to
/// one decimal; groups below k show nothing but their count. Ranked by the mean total as shown (one decimal), so two
/// groups that read the same share a rank; groups with too few ballots come last, unranked.
/// </summary>
public static class ScoringResults
{
    public static IReadOnlyList<GroupResult> Compute(ScoringRoundEntity round, IEnumerable<BallotEntity> ballots)
    {
        var byGroup = ballots.GroupBy(b => b.Group, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Select(b => b.Scores).ToList(), StringComparer.OrdinalIgnoreCase);
        var results = round.GroupCodes.Select(code =>
        {
            var scores = byGroup.GetValueOrDefault(code) ?? [];
            if (scores.Count < Math.Max(round.MinBallots, 1))
            {
                return new GroupResult(code, scores.Count, null, null, null, null, null);
            }

            var totals = scores.Select(s => (double)s.Total).Order().ToList();
            return new GroupResult(code, scores.Count, null,
                Criteria.All.Select(c => OneDecimal(scores.Average(s => s[c]))).ToList(),
                OneDecimal(totals.Average()), OneDecimal(Median(totals)), OneDecimal(StandardDeviation(totals)));
        }).ToList();

        var ranked = results.Where(r => !r.TooFew).OrderByDescending(r => r.Total).ToList();
        var ranks = ranked.Select(r => r with { Rank = 1 + ranked.Count(o => o.Total > r.Total) });
        return [.. ranks, .. results.Where(r => r.TooFew).OrderByDescending(r => r.Ballots)];
    }

    /// <summary>
    /// Rounded half away from zero (四舍五入), as people round by hand. Through decimal, because a mean such as 1647 / 20
    /// is 82.3499… as a double and would otherwise round down.
    /// </summary>
    public static double OneDecimal(double value) => (double)Math.Round((decimal)value, 1, MidpointRounding.AwayFromZero);

    private static double Median(IReadOnlyList<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    private static double StandardDeviation(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return 0;
        }

        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }
}
