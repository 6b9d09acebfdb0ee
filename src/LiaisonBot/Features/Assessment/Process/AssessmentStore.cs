using Azure.Data.Tables;
using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Assessment.Process;

/// <summary>The years' assessments (one partition) and each year's groups (a partition a year).</summary>
public sealed class AssessmentStore(Tables tables)
{
    public const string Table = "Assessments";
    public const string GroupTable = "GroupAssessments";

    private TableClient Years => tables[Table];

    private TableClient Groups => tables[GroupTable];

    public async Task<AssessmentEntity?> FindAsync(int year, CancellationToken ct)
    {
        var found = await Years.GetEntityIfExistsAsync<AssessmentEntity>(AssessmentEntity.Partition, AssessmentEntity.Row(year), cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Every year's assessment, newest year first.</summary>
    public async Task<List<AssessmentEntity>> AllAsync(CancellationToken ct) =>
        (await Years.ListAsync<AssessmentEntity>(a => a.PartitionKey == AssessmentEntity.Partition, ct)).OrderByDescending(a => a.Year).ToList();

    /// <summary>Stores a year's first scheme; false if the year has one (then change it with <see cref="ChangeAsync"/>).</summary>
    public Task<bool> TryAddAsync(AssessmentEntity assessment, CancellationToken ct) => Years.TryAddCheckedAsync(assessment, ct);

    /// <inheritdoc cref="Changes.ChangeAsync{T}"/>
    public Task<AssessmentEntity?> ChangeAsync(int year, Func<AssessmentEntity, bool> change, CancellationToken ct) =>
        Years.ChangeAsync(AssessmentEntity.Partition, AssessmentEntity.Row(year), change, ct);

    public async Task<GroupAssessmentEntity?> GroupAsync(int year, string groupCode, CancellationToken ct)
    {
        var found = await Groups.GetEntityIfExistsAsync<GroupAssessmentEntity>(AssessmentEntity.Row(year), groupCode, cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>The year's groups: one partition.</summary>
    public Task<List<GroupAssessmentEntity>> GroupsAsync(int year, CancellationToken ct) =>
        Groups.ListAsync<GroupAssessmentEntity>(g => g.PartitionKey == AssessmentEntity.Row(year), ct);

    /// <summary>Adds the rows of groups that have none yet (at opening), leaving existing ones as they are.</summary>
    public async Task AddGroupsAsync(int year, IEnumerable<string> groupCodes, CancellationToken ct)
    {
        foreach (var code in groupCodes)
        {
            await Groups.TryAddCheckedAsync(new GroupAssessmentEntity { PartitionKey = AssessmentEntity.Row(year), RowKey = code }, ct);
        }
    }

    /// <inheritdoc cref="Changes.ChangeAsync{T}"/>
    public Task<GroupAssessmentEntity?> ChangeGroupAsync(int year, string groupCode, Func<GroupAssessmentEntity, bool> change, CancellationToken ct) =>
        Groups.ChangeAsync(AssessmentEntity.Row(year), groupCode, change, ct);

    /// <summary>Writes a group's computed figures, merged into its row so nothing people entered is touched.</summary>
    public async Task SaveFiguresAsync(int year, GroupFigures figures, CancellationToken ct) =>
        await Groups.MergeCheckedAsync(GroupAssessmentEntity.FiguresOnly(AssessmentEntity.Row(year), figures.Group, figures), ct);
}
