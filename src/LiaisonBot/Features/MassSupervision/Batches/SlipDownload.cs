using LiaisonBot.App;
using LiaisonBot.Features.MassSupervision.Slips;
using LiaisonBot.Localization;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace LiaisonBot.Features.MassSupervision.Batches;

/// <summary>
/// A batch's slips as a PDF, behind its signed half-hour link: the plain codes are unsealed from the batch row for this
/// response only (never kept, never logged). A wrong or stale link, a voided batch or a closed campaign (whose sealed
/// codes are erased) is the same 404 as no batch.
/// </summary>
public sealed class SlipDownload(CampaignStore store, SlipSeal seal, SlipLinks links, RosterStore roster)
{
    public const string PdfType = "application/pdf";

    public async Task<IResult> DownloadAsync(string id, string batchId, long until, string? lang, string? sig, CancellationToken ct)
    {
        if (lang is null || await store.FindAsync(id, ct) is not { } c || !links.Valid(c, batchId, until, lang, sig)
            || await store.BatchAsync(c.Id, batchId, ct) is not { SealedCodes: { } sealedCodes, Voided: false } b)
        {
            return HttpResults.NotFound();
        }

        var group = (await roster.GetAsync(ct)).Group(b.GroupCode)?.Name ?? b.GroupCode;
        var page = links.BallotPage;
        var slips = seal.Unseal(c.Id, b.Id, sealedCodes).Select(code => new Slip(code, group, new Uri($"{page}#{code}"))).ToList();
        var t = Texts.For(lang);
        return HttpResults.File(SlipSheet.Pdf(slips, c.Title), PdfType, t.Format("Mass.Slips.FileName", group, b.Label));
    }
}
