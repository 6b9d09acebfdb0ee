using Azure;
using Azure.Data.Tables;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.ChannelReports.Links;

/// <summary>The groups' channel links: a table of at most one row per group, read whole when looking up by team or channel.</summary>
public sealed class ChannelLinkStore(Tables tables)
{
    public const string Table = "GroupChannels";

    private TableClient Rows => tables[Table];

    public async Task<ChannelLinkEntity?> FindAsync(string groupCode, CancellationToken ct)
    {
        var response = await Rows.GetEntityIfExistsAsync<ChannelLinkEntity>(ChannelLinkEntity.Partition, groupCode, cancellationToken: ct);
        return response.HasValue ? response.Value : null;
    }

    public Task<List<ChannelLinkEntity>> AllAsync(CancellationToken ct) =>
        Rows.ListAsync<ChannelLinkEntity>(e => e.PartitionKey == ChannelLinkEntity.Partition, ct);

    public async Task SaveAsync(ChannelLinkEntity link, CancellationToken ct) => await Rows.UpsertCheckedAsync(link, ct);

    /// <summary>Removes the link if it is still the one that was read; false if it was already gone or changed (relinked).</summary>
    public async Task<bool> TryRemoveAsync(ChannelLinkEntity link, CancellationToken ct)
    {
        try
        {
            await Rows.DeleteEntityAsync(link.PartitionKey, link.RowKey, link.ETag, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }
}
