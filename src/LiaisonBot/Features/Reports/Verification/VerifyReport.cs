using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Reports.Verification;

/// <summary>
/// A reviewer verifies a waiting report in one tap: it then counts in the author's duty file. Only the version the
/// reviewer read is verified; if the author changed it meanwhile, the list shows the new version to read again.
/// </summary>
public sealed class VerifyReport(ReportStore store, ToVerify list, WorkCalendar calendar)
{
    public async Task<AdaptiveCard> VerifyAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var page = turn.ActionNumber(ReportVerbs.Page) ?? 0;
        var (report, refusal) = await ReviewedReport.FindAsync(store, turn, caller, ct);
        if (report is null)
        {
            return await list.CardAsync(caller, page, ListNotice.Refusal(caller.Texts[refusal!]), ct);
        }

        report.Verify(caller.Member.Code, calendar.Now);
        var notice = await store.TryReplaceAsync(report, turn.SeenETag()!.Value, ct)
            ? ListNotice.Done(caller.Texts.Format("Report.Verified.Notice", report.Title, report.AuthorName))
            : ListNotice.Refusal(caller.Texts["Report.Review.Changed"]);
        return await list.CardAsync(caller, page, notice, ct);
    }
}
