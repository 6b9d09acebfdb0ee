using Azure;
using LiaisonBot.App;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Reports;

/// <summary>
/// The report a button names, looked up among the caller's own: a report is addressed by (caller, id), so no card data
/// can reach another member's report.
/// </summary>
public static class OwnReport
{
    public static Task<ReportEntity?> OwnAsync(this ReportStore store, Turn turn, Caller caller, CancellationToken ct) =>
        store.FindAsync(caller.Member.Code, turn.ActionId(ReportVerbs.ReportId), ct);

    /// <summary>The version of the report the card was made from, to change it only if nobody changed it since.</summary>
    public static ETag? SeenETag(this Turn turn) => turn.ActionString(ReportVerbs.ETag) is { Length: > 0 } etag ? new ETag(etag) : null;
}
