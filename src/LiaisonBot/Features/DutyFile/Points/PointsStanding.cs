namespace LiaisonBot.Features.DutyFile.Points;

/// <summary>The read model DutyFile offers other features (the annual assessment), so none reads points rows.</summary>
public sealed class PointsStanding(DutyPointsStore store)
{
    /// <summary>Whether each member's points of the year meet the minimums, by member code; empty without the year's points.</summary>
    public async Task<IReadOnlyDictionary<string, bool>> MinimumsMetAsync(int year, string groupCode, CancellationToken ct) =>
        (await store.OfYearAsync(year, groupCode, withLines: false, ct)).ToDictionary(r => r.MemberCode, r => r.MinimumsMet, StringComparer.OrdinalIgnoreCase);
}
