using System.Security.Cryptography;
using LiaisonBot.App;
using LiaisonBot.Calendar;

namespace LiaisonBot.Features.Scoring.Ballots;

/// <summary>
/// Closes a round: shuts the ballot box, opens the sealed scores, shuffles them, writes them as anonymous ballots in
/// batches, marks the round closed and erases the sealed copies. Safe to run on several instances at once and to
/// resume after a crash: one instance holds the close (a lease on the round row), and only the ballots of the tally
/// that marked the round closed count; any other tally's ballots are deleted.
/// </summary>
public sealed class ScoringTally(ScoringStore rounds, BallotBox box, BallotStore ballots, ScoreSeal seal, WorkCalendar calendar, RecordChanges changes,
    Microsoft.Extensions.Options.IOptions<ScoringOptions> options, ILogger<ScoringTally> log)
{
    /// <summary>Closes the round (or finishes closing it) and returns it as stored; a round another instance is closing is left to it.</summary>
    public async Task<ScoringRoundEntity?> CloseAsync(string roundId, string? closedBy, CancellationToken ct)
    {
        var tally = Guid.NewGuid().ToString("N");
        var round = await rounds.ChangeAsync(roundId, r => Claim(r, tally, closedBy), ct);
        if (round is null || round.Status == RoundState.Closed)
        {
            return round is null ? null : await EraseAsync(round, ct);
        }

        if (round.TallyId != tally)
        {
            return round; // another instance holds the close
        }

        await box.CloseGateAsync(round.Id, ct);
        var opened = new List<(string Group, Scores Scores)>();
        foreach (var sealedRow in await box.SealedAsync(round.Id, ct))
        {
            opened.AddRange(seal.Unseal(round, sealedRow.Scorer, sealedRow.Sealed).Select(p => (p.Key, p.Value)));
        }

        // Sealed rows come back in scorer order: the shuffle (a CSPRNG) is what cuts every link between a ballot's
        // place in the batches (its timestamp) and who cast it.
        var shuffled = opened.ToArray();
        RandomNumberGenerator.Shuffle(shuffled.AsSpan());
        await ballots.WriteAsync(round.BallotPartition!, shuffled, ct);
        await CheckAgainstParticipationAsync(round, opened, ct);

        round.State = nameof(RoundState.Closed);
        round.ClosedAt = calendar.Now;
        round.TallyUntil = null;
        if (!await rounds.TrySaveAsync(round, ct))
        {
            // Our lease ran out and another instance took the close over: its tally is the one that counts.
            await ballots.DeleteOtherTalliesAsync(round.Id, (await rounds.FindAsync(round.Id, ct))?.BallotPartition, ct);
            return await rounds.FindAsync(round.Id, ct);
        }

        log.LogInformation("Scoring round {RoundId} closed with {Ballots} ballots.", round.Id, shuffled.Length);
        await rounds.ClearPointerAsync(round.Id, ct);
        // The groups' scores are records of their year: the annual assessment's figures follow.
        foreach (var group in round.GroupCodes)
        {
            changes.Changed(round.WorkYear, group);
        }

        return await EraseAsync(round, ct);
    }

    /// <summary>Takes the close: an open round, or one whose closer's lease has run out.</summary>
    private bool Claim(ScoringRoundEntity r, string tally, string? closedBy)
    {
        var now = calendar.Now;
        if (r.Status == RoundState.Closed || (r.Status == RoundState.Closing && r.TallyUntil > now))
        {
            return false;
        }

        if (r.Status == RoundState.Open)
        {
            r.ClosedBy = closedBy;
        }

        r.State = nameof(RoundState.Closing);
        r.TallyId = tally;
        r.TallyUntil = now + options.Value.TallyLease;
        return true;
    }

    /// <summary>Erases the sealed copies and the ballots of unfinished tallies, once; then the round is only ballots and participation.</summary>
    private async Task<ScoringRoundEntity?> EraseAsync(ScoringRoundEntity round, CancellationToken ct)
    {
        if (round.SealedErased)
        {
            return round;
        }

        await box.EraseSealedAsync(round.Id, ct);
        await ballots.DeleteOtherTalliesAsync(round.Id, round.BallotPartition, ct);
        await rounds.ClearPointerAsync(round.Id, ct);
        return await rounds.ChangeAsync(round.Id, r => !r.SealedErased && (r.SealedErased = true), ct);
    }

    /// <summary>Every ballot must match a participation row, group by group; a mismatch is logged as counts only.</summary>
    private async Task CheckAgainstParticipationAsync(ScoringRoundEntity round, List<(string Group, Scores Scores)> opened, CancellationToken ct)
    {
        var participation = (await box.ParticipationAsync(round.Id, ct)).GroupBy(p => p.Group, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        foreach (var group in opened.GroupBy(b => b.Group, StringComparer.OrdinalIgnoreCase))
        {
            var expected = participation.GetValueOrDefault(group.Key);
            if (expected != group.Count())
            {
                log.LogWarning("Scoring round {RoundId}, group {Group}: {Ballots} ballots but {Participants} participation rows.",
                    round.Id, group.Key, group.Count(), expected);
            }
        }
    }
}
