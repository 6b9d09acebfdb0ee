using Azure.Data.Tables;
using LiaisonBot.Features.MassSupervision.Batches;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.MassSupervision;

/// <summary>Campaigns (a few a year, one partition) and their batches of slips (a partition per campaign).</summary>
public sealed class CampaignStore(Tables tables)
{
    public const string Table = "MassCampaigns";
    public const string BatchTable = "MassBatches";

    private TableClient Campaigns => tables[Table];

    private TableClient Batches => tables[BatchTable];

    public async Task<CampaignEntity?> FindAsync(string? id, CancellationToken ct)
    {
        if (id is null)
        {
            return null;
        }

        var found = await Campaigns.GetEntityIfExistsAsync<CampaignEntity>(CampaignEntity.Partition, id, cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Stores a new campaign; false if one with its id exists (a double press).</summary>
    public Task<bool> AddAsync(CampaignEntity campaign, CancellationToken ct) => Campaigns.TryAddCheckedAsync(campaign, ct);

    /// <summary>Every campaign, newest first.</summary>
    public async Task<List<CampaignEntity>> AllAsync(CancellationToken ct) =>
        (await Campaigns.ListAsync<CampaignEntity>(c => c.PartitionKey == CampaignEntity.Partition, ct)).OrderByDescending(c => c.CreatedAt).ToList();

    /// <summary>The campaigns of one work year: the campaigns' partition filtered to the year, so no other year is read back.</summary>
    public Task<List<CampaignEntity>> OfYearAsync(int year, CancellationToken ct) =>
        Campaigns.ListAsync<CampaignEntity>(c => c.PartitionKey == CampaignEntity.Partition && c.WorkYear == year, ct);

    /// <inheritdoc cref="Changes.ChangeAsync{T}"/>
    public Task<CampaignEntity?> ChangeAsync(string id, Func<CampaignEntity, bool> change, CancellationToken ct) =>
        Campaigns.ChangeAsync(CampaignEntity.Partition, id, change, ct);

    public Task<bool> TrySaveAsync(CampaignEntity campaign, CancellationToken ct) => Campaigns.TryUpdateCheckedAsync(campaign, campaign.ETag, ct);

    public async Task<BatchEntity?> BatchAsync(string campaignId, string? batchId, CancellationToken ct)
    {
        if (batchId is null)
        {
            return null;
        }

        var found = await Batches.GetEntityIfExistsAsync<BatchEntity>(campaignId, batchId, cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>The campaign's batches, oldest first.</summary>
    public async Task<List<BatchEntity>> BatchesAsync(string campaignId, CancellationToken ct) =>
        (await Batches.ListAsync<BatchEntity>(b => b.PartitionKey == campaignId, ct)).OrderBy(b => b.CreatedAt).ToList();

    public Task<bool> AddBatchAsync(BatchEntity batch, CancellationToken ct) => Batches.TryAddCheckedAsync(batch, ct);

    public Task<BatchEntity?> ChangeBatchAsync(string campaignId, string batchId, Func<BatchEntity, bool> change, CancellationToken ct) =>
        Batches.ChangeAsync(campaignId, batchId, change, ct);
}
