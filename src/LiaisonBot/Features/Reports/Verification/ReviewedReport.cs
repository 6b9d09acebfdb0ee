using LiaisonBot.App;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Reports.Verification;

/// <summary>
/// The report a verdict button names, if the caller may give that verdict now: it exists, the caller may judge it, it
/// still waits for that verdict, and it is the version the caller read. Otherwise the text key that says why not.
/// </summary>
public static class ReviewedReport
{
    /// <summary>A report waiting for verification, for its reviewer.</summary>
    public static Task<(ReportEntity? Report, string? Refusal)> FindAsync(ReportStore store, Turn turn, Caller caller, CancellationToken ct) =>
        FindAsync(store, turn, caller, Reviewers.MayReview, r => r.AwaitsReview, ct);

    /// <summary>A disputed record, for its organiser (or the secretariat).</summary>
    public static Task<(ReportEntity? Report, string? Refusal)> FindDisputedAsync(ReportStore store, Turn turn, Caller caller, CancellationToken ct) =>
        FindAsync(store, turn, caller, Reviewers.MaySettle, r => !r.Withdrawn && r.ReviewState == ReviewState.Disputed, ct);

    private static async Task<(ReportEntity? Report, string? Refusal)> FindAsync(
        ReportStore store, Turn turn, Caller caller, Func<Member, ReportEntity, bool> may, Func<ReportEntity, bool> waiting, CancellationToken ct)
    {
        // The author must be on the roster: card data never becomes a storage key unchecked.
        var report = caller.Roster.ByCode(turn.ActionString(ReportVerbs.Author) ?? "") is { } author
            ? await store.FindAsync(author.Code, turn.ActionId(ReportVerbs.ReportId), ct)
            : null;
        if (report is null || !may(caller.Member, report))
        {
            return (null, "Report.Review.NotYours");
        }

        if (!waiting(report))
        {
            return (null, "Report.Review.Done");
        }

        return turn.SeenETag() is { } seen && seen == report.ETag ? (report, null) : (null, "Report.Review.Changed");
    }
}
