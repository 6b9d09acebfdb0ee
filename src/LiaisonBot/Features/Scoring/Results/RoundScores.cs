using LiaisonBot.Features.Scoring.Ballots;

namespace LiaisonBot.Features.Scoring.Results;

/// <summary>A closed round of a work year and its groups' results, as other features read them.</summary>
public sealed record RoundScore(string RoundId, int WorkYear, DateTimeOffset ClosedAt, int MaxTotal, int MinBallots, IReadOnlyList<GroupResult> Results)
{
    public GroupResult? Of(string group) => Results.FirstOrDefault(r => string.Equals(r.Group, group, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// The read model Scoring offers other features (the annual assessment): a work year's closed rounds with their results,
/// counted from the anonymous ballots as the results card counts them, so no other feature reads round or ballot rows.
/// </summary>
public sealed class RoundScores(ScoringStore rounds, BallotStore ballots)
{
    /// <summary>The year's closed rounds, the last closed first; a round still open or closing has no results yet.</summary>
    public async Task<IReadOnlyList<RoundScore>> ForYearAsync(int year, CancellationToken ct)
    {
        var closed = (await rounds.OfYearAsync(year, ct)).Where(r => r is { Status: RoundState.Closed, BallotPartition: not null }).OrderByDescending(r => r.ClosedAt);
        var scores = new List<RoundScore>();
        foreach (var round in closed)
        {
            var results = ScoringResults.Compute(round, await ballots.ReadAsync(round.BallotPartition!, ct));
            scores.Add(new RoundScore(round.Id, round.WorkYear, round.ClosedAt ?? round.ClosesAt, round.MaxTotal, round.MinBallots, results));
        }

        return scores;
    }
}
