using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Reports.Verification;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Reports.Organised;

/// <summary>
/// The organiser decides on a disputed record: remove it (it is withdrawn with the member's reason) or keep it (it is
/// verified again and counts). Either way the list of what waits comes back with what was done on top.
/// </summary>
public sealed class SettleDispute(ReportStore store, ToVerify list, WorkCalendar calendar)
{
    public Task<AdaptiveCard> RemoveAsync(Turn turn, Caller caller, CancellationToken ct) =>
        SettleAsync(turn, caller, "Report.Removed.Notice", r =>
        {
            r.Withdrawn = true;
            r.WithdrawnAt = r.UpdatedAt = calendar.Now;
            r.WithdrawReason = r.DisputeReason;
        }, ct);

    public Task<AdaptiveCard> KeepAsync(Turn turn, Caller caller, CancellationToken ct) =>
        SettleAsync(turn, caller, "Report.Kept.Notice", r => r.Verify(caller.Member.Code, calendar.Now), ct);

    private async Task<AdaptiveCard> SettleAsync(Turn turn, Caller caller, string done, Action<ReportEntity> settle, CancellationToken ct)
    {
        var page = turn.ActionNumber(ReportVerbs.Page) ?? 0;
        var (report, refusal) = await ReviewedReport.FindDisputedAsync(store, turn, caller, ct);
        if (report is null)
        {
            return await list.CardAsync(caller, page, ListNotice.Refusal(caller.Texts[refusal!]), ct);
        }

        settle(report);
        var notice = await store.TryReplaceAsync(report, turn.SeenETag()!.Value, ct)
            ? ListNotice.Done(caller.Texts.Format(done, report.Title, report.AuthorName))
            : ListNotice.Refusal(caller.Texts["Report.Review.Changed"]);
        return await list.CardAsync(caller, page, notice, ct);
    }
}
