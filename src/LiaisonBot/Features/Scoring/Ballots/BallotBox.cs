using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Scoring.Ballots;

/// <summary>The groups the scorer has now scored in the round, or null if the round closed before the save.</summary>
public sealed record SaveOutcome(IReadOnlySet<string>? Scored)
{
    public static readonly SaveOutcome Closed = new((IReadOnlySet<string>?)null);
}

/// <summary>
/// Who has scored what (public) and the sealed scores (secret until close), for every round. A save is one
/// transaction: the gate as read, the scorer's new sealed value, and an insert-only participation row per newly scored
/// group. Concurrent saves of one round therefore take turns (a lost race is read again and retried).
/// </summary>
public sealed class BallotBox(Tables tables, ScoreSeal seal)
{
    public const string Table = "ScoringBallotBox";

    private const int MaxAttempts = 30;

    private TableClient Rows => tables[Table];

    /// <summary>Opens the round's gate; a gate opened before (Open pressed twice, a retry after a crash) stays as it is.</summary>
    public Task CreateAsync(string roundId, CancellationToken ct) =>
        Rows.TryAddCheckedAsync(new GateEntity { PartitionKey = roundId, Open = true }, ct);

    /// <summary>Replaces <paramref name="scorer"/>'s scores for the groups in <paramref name="scores"/>; their other groups stay as they were.</summary>
    public async Task<SaveOutcome> SaveAsync(ScoringRoundEntity round, string scorer, IReadOnlyDictionary<string, Scores> scores, CancellationToken ct)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            // The three reads go together: the shorter the time from reading the gate to committing, the fewer saves of
            // a busy round lose the race and go round again.
            var reading = Rows.GetEntityIfExistsAsync<GateEntity>(round.Id, BallotBoxKeys.Gate, cancellationToken: ct);
            var sealedReading = Rows.GetEntityIfExistsAsync<SealedEntity>(round.Id, BallotBoxKeys.Sealed(scorer), cancellationToken: ct);
            var scoredReading = ScoredAsync(round.Id, scorer, ct);
            await Task.WhenAll(reading, sealedReading, scoredReading);
            var gate = await reading;
            if (!gate.HasValue || gate.Value is not { Open: true } open)
            {
                return SaveOutcome.Closed;
            }

            var current = await sealedReading;
            var merged = current.HasValue ? seal.Unseal(round, scorer, current.Value!.Sealed) : new Dictionary<string, Scores>(StringComparer.OrdinalIgnoreCase);
            foreach (var (group, s) in scores)
            {
                merged[group] = s;
            }

            var scored = (await scoredReading).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var actions = new List<TableTransactionAction>
            {
                new(TableTransactionActionType.UpdateMerge, open, open.ETag),
                new(TableTransactionActionType.UpsertReplace, new SealedEntity
                {
                    PartitionKey = round.Id, RowKey = BallotBoxKeys.Sealed(scorer), Sealed = seal.Seal(round, scorer, merged),
                }),
            };
            actions.AddRange(scores.Keys.Where(g => !scored.Contains(g)).Select(g => new TableTransactionAction(TableTransactionActionType.Add,
                new ParticipationEntity { PartitionKey = round.Id, RowKey = BallotBoxKeys.Participation(scorer, g) })));
            try
            {
                await Rows.SubmitCheckedAsync(actions, ct);
                scored.UnionWith(scores.Keys);
                return new SaveOutcome(scored);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                await Task.Delay(RandomNumberGenerator.GetInt32(5, 40), ct); // another save of this round went first
            }
        }

        throw new InvalidOperationException($"Scores for round {round.Id} could not be saved: the ballot box stayed busy.");
    }

    /// <summary>Shuts the gate; from now on every save finds the round closed. Idempotent.</summary>
    public async Task CloseGateAsync(string roundId, CancellationToken ct) =>
        await Rows.ChangeAsync<GateEntity>(roundId, BallotBoxKeys.Gate, g =>
        {
            var change = g.Open;
            g.Open = false;
            return change;
        }, ct);

    /// <summary>The groups <paramref name="scorer"/> has scored in the round.</summary>
    public async Task<List<string>> ScoredAsync(string roundId, string scorer, CancellationToken ct) =>
        (await RangeAsync<ParticipationEntity>(roundId, BallotBoxKeys.Participation(scorer, ""), ct)).Select(p => p.Group).ToList();

    /// <summary>Every participation row of the round: who scored which group. No scores.</summary>
    public Task<List<ParticipationEntity>> ParticipationAsync(string roundId, CancellationToken ct) =>
        RangeAsync<ParticipationEntity>(roundId, BallotBoxKeys.ParticipationPrefix, ct);

    public Task<List<SealedEntity>> SealedAsync(string roundId, CancellationToken ct) =>
        RangeAsync<SealedEntity>(roundId, BallotBoxKeys.SealedPrefix, ct);

    /// <summary>Deletes every sealed value of the round, in batches.</summary>
    public async Task EraseSealedAsync(string roundId, CancellationToken ct)
    {
        // Two instances may erase at once (a close pressed while the closer runs): rows already gone are no error.
        await Rows.DeleteAllAsync(await SealedAsync(roundId, ct), ct);
    }

    private Task<List<T>> RangeAsync<T>(string roundId, string prefix, CancellationToken ct) where T : class, ITableEntity =>
        Rows.ListAsync<T>(TableClient.CreateQueryFilter($"PartitionKey eq {roundId} and RowKey ge {prefix} and RowKey lt {BallotBoxKeys.After(prefix)}"), ct);
}
