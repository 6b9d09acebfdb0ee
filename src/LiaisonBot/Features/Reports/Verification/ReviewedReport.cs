using LiaisonBot.App;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Reports.Verification;

/// <summary>
/// The report a verdict button names, if the caller may give one now: it exists, the caller reviews its author's group,
/// it still waits, and it is the version the caller read. Otherwise the text key that says why not.
/// </summary>
public static class ReviewedReport
{
    public static async Task<(ReportEntity? Report, string? Refusal)> FindAsync(ReportStore store, Turn turn, Caller caller, CancellationToken ct)
    {
        // The author must be on the roster: card data never becomes a storage key unchecked.
        var report = caller.Roster.ByCode(turn.ActionString(ReportVerbs.Author) ?? "") is { } author
            ? await store.FindAsync(author.Code, turn.ActionId(ReportVerbs.ReportId), ct)
            : null;
        if (report is null || !Reviewers.MayReview(caller.Member, report))
        {
            return (null, "Report.Review.NotYours");
        }

        if (!report.AwaitsReview)
        {
            return (null, "Report.Review.Done");
        }

        return turn.SeenETag() is { } seen && seen == report.ETag ? (report, null) : (null, "Report.Review.Changed");
    }
}
