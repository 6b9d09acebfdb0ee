namespace LiaisonBot.Features.Assessment.Results;

/// <summary>
/// Ranks the groups by total, highest first. Equal totals share a rank and the next rank skips (1, 1, 3); the groups
/// ranked within the scheme's number of commended groups are commended, so a tie at the last place commends them all.
/// </summary>
public static class Ranking
{
    public static IReadOnlyList<Scorecard> Rank(IEnumerable<Scorecard> cards, int commended)
    {
        var ordered = cards.OrderByDescending(c => c.Total).ThenBy(c => c.Group.Code, StringComparer.Ordinal).ToList();
        return [.. ordered.Select(c =>
        {
            var rank = 1 + ordered.Count(o => o.Total > c.Total);
            return c with { Rank = rank, Commended = rank <= commended };
        })];
    }
}
