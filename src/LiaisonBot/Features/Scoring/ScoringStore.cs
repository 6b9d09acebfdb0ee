using Azure;
using Azure.Data.Tables;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Scoring;

/// <summary>Scoring rounds (a few a year, one partition) and the pointer that lets only one be open at a time.</summary>
public sealed class ScoringStore(Tables tables)
{
    public const string Table = "ScoringRounds";

    private TableClient Rows => tables[Table];

    public async Task<ScoringRoundEntity?> FindAsync(string? id, CancellationToken ct)
    {
        if (id is null)
        {
            return null;
        }

        var found = await Rows.GetEntityIfExistsAsync<ScoringRoundEntity>(ScoringRoundEntity.Partition, id, cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>
    /// Stores a new open round, or returns the round that is already open (then nothing is stored). Storing the same
    /// round again (a double press, a retry) is a no-op that returns null.
    /// </summary>
    public async Task<ScoringRoundEntity?> OpenAsync(ScoringRoundEntity round, CancellationToken ct)
    {
        if (await ClaimPointerAsync(round.Id, ct) is { } other)
        {
            return other;
        }

        await Rows.TryAddCheckedAsync(round, ct); // a retried open finds its round stored already
        return null;
    }

    /// <summary>Points the open-round row at <paramref name="roundId"/>; returns the other round that holds it, if one does.</summary>
    private async Task<ScoringRoundEntity?> ClaimPointerAsync(string roundId, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            if (await Rows.TryAddCheckedAsync(new OpenRoundEntity { RoundId = roundId }, ct))
            {
                return null;
            }

            var pointer = (await Rows.GetEntityIfExistsAsync<OpenRoundEntity>(OpenRoundEntity.Key, OpenRoundEntity.Key, cancellationToken: ct)).Value;
            if (pointer is null)
            {
                continue; // cleared meanwhile: try again
            }

            if (pointer.RoundId == roundId)
            {
                return null;
            }

            if (await FindAsync(pointer.RoundId, ct) is { Status: not RoundState.Closed } other)
            {
                return other;
            }

            await ClearPointerAsync(pointer.RoundId, ct); // left by a round that closed without clearing it
        }

        throw new InvalidOperationException("The open-round pointer kept changing; no round was opened.");
    }

    /// <summary>The round that is open (or being closed), if any.</summary>
    public async Task<ScoringRoundEntity?> CurrentAsync(CancellationToken ct)
    {
        var pointer = await Rows.GetEntityIfExistsAsync<OpenRoundEntity>(OpenRoundEntity.Key, OpenRoundEntity.Key, cancellationToken: ct);
        return pointer.HasValue && await FindAsync(pointer.Value!.RoundId, ct) is { Status: not RoundState.Closed } round ? round : null;
    }

    public async Task ClearPointerAsync(string roundId, CancellationToken ct)
    {
        var pointer = await Rows.GetEntityIfExistsAsync<OpenRoundEntity>(OpenRoundEntity.Key, OpenRoundEntity.Key, cancellationToken: ct);
        if (pointer.HasValue && pointer.Value!.RoundId == roundId)
        {
            try
            {
                await Rows.DeleteEntityAsync(OpenRoundEntity.Key, OpenRoundEntity.Key, pointer.Value.ETag, ct);
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // someone else cleared or replaced it
            }
        }
    }

    /// <inheritdoc cref="Changes.ChangeAsync{T}"/>
    public Task<ScoringRoundEntity?> ChangeAsync(string id, Func<ScoringRoundEntity, bool> change, CancellationToken ct) =>
        Rows.ChangeAsync(ScoringRoundEntity.Partition, id, change, ct);

    /// <summary>Saves the round only if it is still the version read (its ETag); false if someone changed it first.</summary>
    public Task<bool> TrySaveAsync(ScoringRoundEntity round, CancellationToken ct) => Rows.TryUpdateCheckedAsync(round, round.ETag, ct);

    /// <summary>Every round, newest first.</summary>
    public async Task<List<ScoringRoundEntity>> AllAsync(CancellationToken ct) =>
        (await Rows.ListAsync<ScoringRoundEntity>(r => r.PartitionKey == ScoringRoundEntity.Partition, ct)).OrderByDescending(r => r.OpenedAt).ToList();

    /// <summary>The rounds of one work year: the rounds' partition filtered to the year, so no other year is read back.</summary>
    public Task<List<ScoringRoundEntity>> OfYearAsync(int year, CancellationToken ct) =>
        Rows.ListAsync<ScoringRoundEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {ScoringRoundEntity.Partition} and WorkYear eq {year}"), ct);

    /// <summary>The most recently closed round, whose results the Standing Committee sees between rounds.</summary>
    public async Task<ScoringRoundEntity?> LatestClosedAsync(CancellationToken ct) =>
        (await AllAsync(ct)).Where(r => r.Status == RoundState.Closed).MaxBy(r => r.ClosedAt);
}
