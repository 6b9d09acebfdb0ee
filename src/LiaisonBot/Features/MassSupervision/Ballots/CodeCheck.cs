using LiaisonBot.Calendar;
using LiaisonBot.Features.MassSupervision.Batches;

namespace LiaisonBot.Features.MassSupervision.Ballots;

public enum CodeVerdict
{
    Ok,
    Unknown,
    Used,
    Voided,
    NotYet,
    Ended,

    /// <summary>Too many refused codes lately, from this address or against a campaign: nothing was looked up.</summary>
    TooMany,
}

/// <summary>What a typed code is: a slip of which campaign and batch, and whether it may still be used.</summary>
public sealed record CodeCheck(CodeVerdict Verdict, CampaignEntity? Campaign = null, BatchEntity? Batch = null, CodeEntity? Code = null);

/// <summary>
/// Finds a typed code: its hash under each campaign's key, one point read per campaign (a handful a year). Every
/// refusal counts against the client's address and the open campaigns (<see cref="FailedCodes"/>).
/// </summary>
public sealed class CodeChecker(CampaignStore campaigns, CodeStore codes, CampaignKeys keys, FailedCodes failures, WorkCalendar calendar)
{
    public async Task<CodeCheck> CheckAsync(string? typed, string address, CancellationToken ct)
    {
        var all = await campaigns.AllAsync(ct);
        var open = all.Where(c => c.Status == CampaignState.Open).Select(c => c.Id).ToList();
        if (failures.Blocked(address, open))
        {
            return new(CodeVerdict.TooMany);
        }

        var check = await FindAsync(SlipCodes.Normalise(typed), all, ct);
        if (check.Verdict != CodeVerdict.Ok)
        {
            failures.Record(address, open);
        }

        return check;
    }

    /// <summary>The code's row as it is now, for a second look after a write lost a race.</summary>
    public async Task<CodeCheck> AgainAsync(CodeCheck earlier, CancellationToken ct) =>
        await codes.FindAsync(earlier.Campaign!.Id, earlier.Code!.RowKey, ct) is { } row && await campaigns.FindAsync(earlier.Campaign.Id, ct) is { } c
            ? Verdict(c, earlier.Batch!, row)
            : new(CodeVerdict.Unknown);

    private async Task<CodeCheck> FindAsync(string? code, IReadOnlyList<CampaignEntity> all, CancellationToken ct)
    {
        if (code is null)
        {
            return new(CodeVerdict.Unknown);
        }

        foreach (var c in all)
        {
            if (await codes.FindAsync(c.Id, keys.CodeHash(c, code), ct) is { } row)
            {
                return await campaigns.BatchAsync(c.Id, row.BatchId, ct) is { } batch ? Verdict(c, batch, row) : new(CodeVerdict.Unknown);
            }
        }

        return new(CodeVerdict.Unknown);
    }

    private CodeCheck Verdict(CampaignEntity c, BatchEntity batch, CodeEntity row)
    {
        var now = calendar.Now;
        var verdict = row.Status switch
        {
            CodeState.Used => CodeVerdict.Used,
            CodeState.Closed => CodeVerdict.Ended,
            _ when batch.Voided => CodeVerdict.Voided,
            _ when c.Status != CampaignState.Open || now >= c.EndsAt => CodeVerdict.Ended,
            _ when now < c.OpensAt => CodeVerdict.NotYet,
            _ => CodeVerdict.Ok,
        };
        return new(verdict, c, batch, row);
    }
}
