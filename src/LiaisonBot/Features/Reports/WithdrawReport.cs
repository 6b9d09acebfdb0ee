using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Reports;

/// <summary>Withdrawing a report: the author confirms with a reason; the report stays, marked withdrawn, and no longer counts.</summary>
public sealed class WithdrawReport(ReportStore store, WorkCalendar calendar)
{
    public const int MaxReason = 200;

    public Task<AdaptiveCard> AskAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.OwnAsync(turn, caller, ct).OrAsync(() => ReportNotice.NotFound(caller.Texts), report => !report.AuthorMayChange
            ? ReportReceipt.Card(caller.Texts, report, caller.Roster, calendar)
            : Confirmation(caller.Texts, report, "", null));

    public Task<AdaptiveCard> ConfirmAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.OwnAsync(turn, caller, ct).OrAsync(() => ReportNotice.NotFound(caller.Texts), report => ConfirmAsync(turn, caller, report, ct));

    private async Task<AdaptiveCard> ConfirmAsync(Turn turn, Caller caller, ReportEntity report, CancellationToken ct)
    {
        var reason = CardData.Text(turn.ActionData, ReportVerbs.Reason, MaxReason + 100);
        var error = CardData.Length(reason, MaxReason, required: true);
        if (!report.AuthorMayChange || error is not null)
        {
            return !report.AuthorMayChange
                ? ReportReceipt.Card(caller.Texts, report, caller.Roster, calendar)
                : Confirmation(caller.Texts, report, reason, error);
        }

        var seen = turn.SeenETag() ?? report.ETag;
        report.Withdrawn = true;
        report.WithdrawnAt = calendar.Now;
        report.WithdrawReason = reason;
        report.UpdatedAt = calendar.Now;
        if (!await store.TryReplaceAsync(report, seen, ct))
        {
            // Changed since the confirmation was shown (or withdrawn twice by a double click): show what is stored now.
            return await store.FindAsync(caller.Member.Code, report.Id, ct)
                .OrAsync(() => ReportNotice.NotFound(caller.Texts), current => ReportReceipt.Card(caller.Texts, current, caller.Roster, calendar));
        }

        return ReportReceipt.Card(caller.Texts, report, caller.Roster, calendar);
    }

    public static AdaptiveCard Confirmation(Texts t, ReportEntity report, string reason, FieldError? error)
    {
        var body = new List<CardElement>
        {
            Parts.Title(t["Report.Withdraw.Title"]),
            new TextBlock(report.Title) { Weight = TextWeight.Bolder },
            new TextBlock(t["Report.Withdraw.Body"]) { IsSubtle = true },
            new InputText
            {
                Id = ReportVerbs.Reason, Label = t["Report.Withdraw.Reason"], IsRequired = true, ErrorMessage = t["Form.Required"],
                MaxLength = MaxReason, Value = reason.Length > 0 ? reason : null,
            },
        };
        if (error is not null)
        {
            body.Add(Parts.ErrorLine(t, error));
        }

        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction(t["Report.Withdraw.Confirm"], ReportVerbs.WithdrawConfirm)
                {
                    Data = new Dictionary<string, string> { [ReportVerbs.ReportId] = report.Id, [ReportVerbs.ETag] = report.ETag.ToString() },
                },
                new ExecuteAction(t["Report.Cancel"], ReportVerbs.Open)
                {
                    Data = new Dictionary<string, string> { [ReportVerbs.ReportId] = report.Id },
                    AssociatedInputs = "none",
                },
            ],
        };
    }
}
