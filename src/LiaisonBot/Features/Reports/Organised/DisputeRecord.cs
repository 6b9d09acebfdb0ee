using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Reports.Organised;

/// <summary>
/// A member says an organiser's record of them is wrong (not there, another day, another kind): with a reason, it goes
/// back to the organiser and stops counting until they remove or keep it.
/// </summary>
public sealed class DisputeRecord(ReportStore store, WorkCalendar calendar)
{
    public const int MaxReason = 200;

    public Task<AdaptiveCard> AskAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.OwnAsync(turn, caller, ct).OrAsync(() => ReportNotice.NotFound(caller.Texts), report => Disputable(report)
            ? Card(caller.Texts, report, "", null)
            : ReportReceipt.Card(caller.Texts, report, caller.Roster, calendar));

    public Task<AdaptiveCard> ConfirmAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.OwnAsync(turn, caller, ct).OrAsync(() => ReportNotice.NotFound(caller.Texts), report => ConfirmAsync(turn, caller, report, ct));

    private async Task<AdaptiveCard> ConfirmAsync(Turn turn, Caller caller, ReportEntity report, CancellationToken ct)
    {
        if (!Disputable(report))
        {
            return ReportReceipt.Card(caller.Texts, report, caller.Roster, calendar);
        }

        var reason = CardData.Text(turn.ActionData, ReportVerbs.Reason, MaxReason + 100);
        if (CardData.Length(reason, MaxReason, required: true) is { } error)
        {
            return Card(caller.Texts, report, reason, error);
        }

        var seen = turn.SeenETag() ?? report.ETag;
        report.Dispute(reason, calendar.Now);
        if (!await store.TryReplaceAsync(report, seen, ct))
        {
            return await store.FindAsync(caller.Member.Code, report.Id, ct)
                .OrAsync(() => ReportNotice.NotFound(caller.Texts), current => ReportReceipt.Card(caller.Texts, current, caller.Roster, calendar));
        }

        return ReportReceipt.Card(caller.Texts, report, caller.Roster, calendar);
    }

    private static bool Disputable(ReportEntity report) => report.OrganizedBy is not null && !report.Withdrawn && report.ReviewState == ReviewState.Verified;

    public static AdaptiveCard Card(Texts t, ReportEntity report, string reason, FieldError? error)
    {
        var body = new List<CardElement>
        {
            Parts.Title(t["Report.Dispute.Title"]),
            new TextBlock(report.Title) { Weight = TextWeight.Bolder },
            new TextBlock(t["Report.Dispute.Body"]) { IsSubtle = true },
            new InputText
            {
                Id = ReportVerbs.Reason, Label = t["Report.Dispute.Reason"], IsRequired = true, ErrorMessage = t["Form.Required"],
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
                new ExecuteAction(t["Report.Dispute.Confirm"], ReportVerbs.DisputeConfirm)
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
