using LiaisonBot.App;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Scheme;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LiaisonBot.Features.Assessment.Figures;

/// <summary>
/// STAND-IN from the process branch, for the lead to replace with the figures helper's <c>AssessmentFigures</c> at merge:
/// it keeps the interface the process builds on (compute a group, recompute an Open year and store it) but computes
/// nothing, so every computed item stays "not computed yet". It does honour the rule that matters to the process: a year
/// that is not Open (not opened yet, or approved and frozen) is never recomputed.
/// </summary>
public sealed class AssessmentFigures(AssessmentStore store, RosterStore roster, TimeProvider time)
{
    public Task<GroupFigures> ComputeAsync(AssessmentScheme scheme, Group group, CancellationToken ct) =>
        Task.FromResult(new GroupFigures(group.Code, [], time.GetUtcNow()));

    public async Task<int> RecomputeYearAsync(int year, CancellationToken ct)
    {
        if (await store.FindAsync(year, ct) is not { Status: AssessmentState.Open } assessment)
        {
            return 0;
        }

        var scheme = assessment.ReadScheme();
        var committee = await roster.GetAsync(ct);
        var rows = await store.GroupsAsync(year, ct);
        foreach (var row in rows)
        {
            var group = committee.Group(row.GroupCode) ?? new Group(row.GroupCode, row.GroupCode, GroupKind.Township);
            await store.SaveFiguresAsync(year, await ComputeAsync(scheme, group, ct), ct);
        }

        return rows.Count;
    }
}

public static class AssessmentFiguresRegistration
{
    public static IServiceCollection AddAssessmentFigures(this IServiceCollection services)
    {
        services.TryAddSingleton<AssessmentFigures>();
        return services;
    }
}
