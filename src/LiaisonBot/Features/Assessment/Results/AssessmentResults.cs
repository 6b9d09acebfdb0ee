using LiaisonBot.App;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Scheme;

namespace LiaisonBot.Features.Assessment.Results;

/// <summary>A year's assessment as its cards and exports read it: the assessment row, its scheme, and every group's ranked scorecard.</summary>
public sealed record YearResults(AssessmentEntity Assessment, AssessmentScheme Scheme, IReadOnlyList<Scorecard> Cards)
{
    public Scorecard? Of(string groupCode) => Cards.FirstOrDefault(c => string.Equals(c.Group.Code, groupCode, StringComparison.OrdinalIgnoreCase));

    /// <summary>The county average of a section over the groups it applies to, for the chart of a group against it.</summary>
    public decimal AverageOf(string section)
    {
        var points = Cards.SelectMany(c => c.Sections).Where(s => string.Equals(s.Section.Code, section, StringComparison.OrdinalIgnoreCase)).ToList();
        return points.Count == 0 ? 0 : Scorecard.OneDecimal(points.Average(s => s.Points));
    }
}

/// <summary>
/// Reads a year's scorecards: the assessment row, then its groups' rows in one partition read, scored against the scheme
/// and ranked. Before approval the figures are the latest computed; after it, the frozen ones, since nothing writes
/// them any more. Groups that have left the roster since are still shown, under their code.
/// </summary>
public sealed class AssessmentResults(AssessmentStore store, RosterStore roster)
{
    public async Task<YearResults?> ForYearAsync(int year, CancellationToken ct)
    {
        if (await store.FindAsync(year, ct) is not { } assessment)
        {
            return null;
        }

        var reading = store.GroupsAsync(year, ct);
        var committee = await roster.GetAsync(ct);
        var scheme = assessment.ReadScheme();
        var cards = (await reading).Select(row => Scorecard.Of(scheme, committee.Group(row.GroupCode) ?? new Group(row.GroupCode, row.GroupCode, GroupKind.Township),
            row.ReadFigures(), row.ReadEntries()));
        return new YearResults(assessment, scheme, Ranking.Rank(cards, scheme.Commended));
    }
}
