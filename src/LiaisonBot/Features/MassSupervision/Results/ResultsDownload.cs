using HttpResults = Microsoft.AspNetCore.Http.Results;
using LiaisonBot.App;
using LiaisonBot.Features.MassSupervision.Batches;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.MassSupervision.Results;

/// <summary>The results workbook behind its signed, half-hour link; a wrong or stale link is the same 404 as no campaign.</summary>
public sealed class ResultsDownload(CampaignStore store, SupervisionResults results, SlipLinks links, RosterStore roster)
{
    public async Task<IResult> DownloadAsync(string id, long until, string? lang, string? sig, CancellationToken ct)
    {
        if (lang is null || await store.FindAsync(id, ct) is not { } c || !links.Valid(c, "results", until, lang, sig) || await results.OfAsync(c, ct) is not { } r)
        {
            return HttpResults.NotFound();
        }

        var t = Texts.For(lang);
        return HttpResults.File(ResultsWorkbook.Build(t, await roster.GetAsync(ct), r), ResultsWorkbook.ContentType,
            t.Format("Mass.Export.FileName", c.WorkYear));
    }
}
