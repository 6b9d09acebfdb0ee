using LiaisonBot.App;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Assessment.Figures;

/// <summary>
/// Computes a group's figures of a year: every computed item of the scheme that applies to the group, each by its
/// formula from the other features' read models, reading only the year it is about. Stores them only while the year's
/// assessment is open: before, there is nothing to fill; after approval the result is frozen and nothing moves it.
/// </summary>
public sealed class AssessmentFigures(
    AssessmentStore store, RosterStore roster, PlanItems plans, ChannelItems channel, MemberItems members, CommitteeItems committee,
    TimeProvider clock, ILogger<AssessmentFigures> logger)
{
    /// <summary>Groups computed at once by a year's recompute: each is a handful of reads and one write.</summary>
    private const int Parallelism = 4;

    /// <summary>The group's figures against the scheme, as the data stands now; stores nothing.</summary>
    public async Task<GroupFigures> ComputeAsync(AssessmentScheme scheme, Group group, CancellationToken ct) =>
        await ComputeAsync(scheme, group, await roster.GetAsync(ct), new ReadOnce(), ct);

    /// <summary>
    /// Computes and stores the figures of every group on the roster, a few groups at a time, if the year's assessment is
    /// open; returns how many groups were stored (0 for a year not open).
    /// </summary>
    public async Task<int> RecomputeYearAsync(int year, CancellationToken ct)
    {
        if (await OpenSchemeAsync(year, ct) is not { } scheme)
        {
            return 0;
        }

        var committee = await roster.GetAsync(ct);
        var shared = new ReadOnce();
        var stored = 0;
        await Parallel.ForEachAsync(committee.Groups, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, async (group, token) =>
        {
            if (await SaveIfOpenAsync(year, await ComputeAsync(scheme, group, committee, shared, token), token))
            {
                Interlocked.Increment(ref stored);
            }
        });
        logger.LogInformation("Assessment figures of {Year} recomputed: {Groups} groups.", year, stored);
        return stored;
    }

    /// <summary>What the listener runs a little after a group's records changed: its figures, if the year is open and it is on the roster.</summary>
    public async Task<bool> RecomputeGroupAsync(int year, string groupCode, CancellationToken ct)
    {
        if (await OpenSchemeAsync(year, ct) is not { } scheme)
        {
            return false;
        }

        var committee = await roster.GetAsync(ct);
        return committee.Group(groupCode) is { } group && await SaveIfOpenAsync(year, await ComputeAsync(scheme, group, committee, new ReadOnce(), ct), ct);
    }

    private async Task<GroupFigures> ComputeAsync(AssessmentScheme scheme, Group group, Committee committee, ReadOnce yearReads, CancellationToken ct)
    {
        var at = new FigureContext(scheme.Year, group, [.. committee.MembersOf(group.Code)], new ReadOnce(), yearReads);
        var items = new List<ItemFigure>();
        foreach (var item in scheme.ItemsFor(group.Kind).Where(i => i.Source == ItemSource.Computed))
        {
            items.Add(await ItemAsync(item, at, ct));
        }

        return FigureFit.Within(new GroupFigures(group.Code, items, clock.GetUtcNow()), GroupAssessmentEntity.FigureProperties * LongText.CharsPerProperty);
    }

    private Task<ItemFigure> ItemAsync(SchemeItem item, FigureContext at, CancellationToken ct) => item.Formula switch
    {
        ItemFormula.PlanFiledBy => plans.FiledAsync(item, at, ct),
        ItemFormula.TasksOnTime => plans.OnTimeAsync(item, at, ct),
        ItemFormula.AnnualReportBy => channel.AnnualAsync(item, at, ct),
        ItemFormula.ProgressReports => channel.ProgressAsync(item, at, ct),
        ItemFormula.RecordsPerMember => members.RecordsAsync(item, at, ct),
        ItemFormula.MembersMeetingMinimums => members.MinimumsAsync(item, at, ct),
        ItemFormula.Attendance => members.AttendanceAsync(item, at, ct),
        ItemFormula.ScoringMean => committee.ScoringAsync(item, at, ct),
        ItemFormula.SupervisionShare => committee.SupervisionAsync(item, at, ct),
        _ => Task.FromResult(Figure.None(item, Figure.Notes.NoFormula)),
    };

    private async Task<AssessmentScheme?> OpenSchemeAsync(int year, CancellationToken ct) =>
        await store.FindAsync(year, ct) is { Status: AssessmentState.Open } assessment ? assessment.ReadScheme() : null;

    /// <summary>
    /// Stores the figures if the year is still open, read again just before: a computation that started before the
    /// approval must not write into the frozen result.
    /// </summary>
    private async Task<bool> SaveIfOpenAsync(int year, GroupFigures figures, CancellationToken ct)
    {
        if (await store.FindAsync(year, ct) is not { Status: AssessmentState.Open })
        {
            return false;
        }

        await store.SaveFiguresAsync(year, figures, ct);
        return true;
    }
}
