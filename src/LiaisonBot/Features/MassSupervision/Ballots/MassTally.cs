using System.Security.Cryptography;
using Azure;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.MassSupervision.Ballots;

/// <summary>
/// Closes a campaign: freezes every unused code (so no ballot can land after the count), opens the sealed ballots,
/// shuffles them with a CSPRNG, writes them as anonymous rows in transactions of up to 100 (shared Timestamps), marks the
/// campaign closed and erases every sealed value. One instance holds the close (a lease on the campaign row); a close
/// cut short is taken over, and only the ballots of the tally that marked the campaign closed count. Closing a closed
/// campaign changes nothing.
/// </summary>
public sealed class MassTally(CampaignStore campaigns, CodeStore codes, BallotStore ballots, BallotSeal seal, WorkCalendar calendar,
    RecordChanges changes, IOptions<MassOptions> options, ILogger<MassTally> log)
{
    public async Task<CampaignEntity?> CloseAsync(string campaignId, string? closedBy, CancellationToken ct)
    {
        var tally = Guid.NewGuid().ToString("N");
        var c = await campaigns.ChangeAsync(campaignId, c => Claim(c, tally, closedBy), ct);
        if (c is null || c.Status == CampaignState.Closed)
        {
            return c is null ? null : await EraseAsync(c, ct);
        }

        if (c.TallyId != tally)
        {
            return c; // another instance holds the close
        }

        var used = await FreezeAsync(c.Id, ct);
        var batches = (await campaigns.BatchesAsync(c.Id, ct)).ToDictionary(b => b.Id);
        var opened = used.Where(u => u.Sealed is not null && batches.ContainsKey(u.BatchId))
            .Select(u => (batches[u.BatchId].GroupCode, seal.Unseal(c.Id, u.RowKey, u.Sealed!))).ToArray();
        // Codes come back in hash order: the shuffle is what cuts every link between a ballot's place (and so its
        // Timestamp) and the code it came with.
        RandomNumberGenerator.Shuffle(opened.AsSpan());
        await ballots.WriteAsync(c.Id, tally, opened, ct);

        c.State = nameof(CampaignState.Closed);
        c.ClosedAt = calendar.Now;
        c.TallyUntil = null;
        if (!await campaigns.TrySaveAsync(c, ct))
        {
            // Our lease ran out and another instance took the close over: its tally is the one that counts.
            var now = await campaigns.FindAsync(c.Id, ct);
            await ballots.DeleteOtherTalliesAsync(c, now?.TallyId, ct);
            return now;
        }

        log.LogInformation("Mass supervision campaign {CampaignId} closed with {Ballots} ballots.", c.Id, opened.Length);
        // The members' satisfaction shares are records of their year: the duty file recomputes their groups' points.
        foreach (var group in c.GroupCodes)
        {
            changes.Changed(c.WorkYear, group);
        }

        return await EraseAsync(c, ct);
    }

    private bool Claim(CampaignEntity c, string tally, string? closedBy)
    {
        var now = calendar.Now;
        if (c.Status == CampaignState.Closed || (c.Status == CampaignState.Closing && c.TallyUntil > now))
        {
            return false;
        }

        if (c.Status == CampaignState.Open)
        {
            c.ClosedBy = closedBy;
        }

        c.State = nameof(CampaignState.Closing);
        c.TallyId = tally;
        c.TallyUntil = now + options.Value.TallyLease;
        return true;
    }

    /// <summary>
    /// Marks every unused code closed, each only if unchanged since read; a transaction that meets a code used meanwhile
    /// fails whole and the codes are read again. Then no ballot can be added, and the used codes are all there are.
    /// </summary>
    private async Task<List<CodeEntity>> FreezeAsync(string campaignId, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var all = await codes.AllAsync(campaignId, ct);
            var frozen = true;
            foreach (var chunk in all.Where(r => r.Status == CodeState.Unused).Chunk(Storage.EntityLimits.MaxBatchOperations))
            {
                foreach (var row in chunk)
                {
                    row.State = nameof(CodeState.Closed);
                }

                frozen &= await codes.TryReplaceAsync(chunk, ct);
            }

            if (frozen)
            {
                return await codes.AllAsync(campaignId, ct) is var rows && rows.All(r => r.Status != CodeState.Unused)
                    ? rows.Where(r => r.Status == CodeState.Used).ToList()
                    : throw new InvalidOperationException("A code stayed unused after the freeze.");
            }
        }

        throw new InvalidOperationException($"Campaign {campaignId}: codes kept changing while the close froze them.");
    }

    /// <summary>Erases the sealed ballots and slip codes and the ballots of unfinished tallies, once.</summary>
    private async Task<CampaignEntity?> EraseAsync(CampaignEntity c, CancellationToken ct)
    {
        if (c.SealedErased)
        {
            return c;
        }

        foreach (var chunk in (await codes.AllAsync(c.Id, ct)).Where(r => r.Sealed is not null).Chunk(Storage.EntityLimits.MaxBatchOperations))
        {
            foreach (var row in chunk)
            {
                (row.Sealed, row.ETag) = (null, ETag.All);
            }

            await codes.TryReplaceAsync(chunk, ct);
        }

        foreach (var batch in await campaigns.BatchesAsync(c.Id, ct))
        {
            await campaigns.ChangeBatchAsync(c.Id, batch.Id, b =>
            {
                var had = b.SealedCodes is not null;
                b.SealedCodes = null;
                return had;
            }, ct);
        }

        await ballots.DeleteOtherTalliesAsync(c, c.TallyId, ct);
        return await campaigns.ChangeAsync(c.Id, x => !x.SealedErased && (x.SealedErased = true), ct);
    }
}
