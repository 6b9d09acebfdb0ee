using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Conversations;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Reports.Verification;

using Outbox = LiaisonBot.Outbox.Outbox;

/// <summary>
/// A reviewer returns a report with a reason (退回): the author is told in their chat, corrects it and it waits again.
/// </summary>
public sealed class ReturnReport(ReportStore store, ToVerify list, Outbox outbox, ConversationStore conversations, WorkCalendar calendar)
{
    public const int MaxReason = 200;

    public async Task<AdaptiveCard> AskAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var (report, refusal) = await ReviewedReport.FindAsync(store, turn, caller, ct);
        return report is null
            ? await list.CardAsync(caller, turn.ActionNumber(ReportVerbs.Page) ?? 0, ListNotice.Refusal(caller.Texts[refusal!]), ct)
            : Card(caller.Texts, report, "", null, turn.ActionNumber(ReportVerbs.Page) ?? 0);
    }

    public async Task<AdaptiveCard> ConfirmAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var page = turn.ActionNumber(ReportVerbs.Page) ?? 0;
        var (report, refusal) = await ReviewedReport.FindAsync(store, turn, caller, ct);
        if (report is null)
        {
            return await list.CardAsync(caller, page, ListNotice.Refusal(caller.Texts[refusal!]), ct);
        }

        var reason = CardData.Text(turn.ActionData, ReportVerbs.Reason, MaxReason + 100);
        if (CardData.Length(reason, MaxReason, required: true) is { } error)
        {
            return Card(caller.Texts, report, reason, error, page);
        }

        report.Return(caller.Member.Code, calendar.Now, reason);
        if (!await store.TryReplaceAsync(report, turn.SeenETag()!.Value, ct))
        {
            return await list.CardAsync(caller, page, ListNotice.Refusal(caller.Texts["Report.Review.Changed"]), ct);
        }

        await TellAuthorAsync(report, caller.Roster, ct);
        return await list.CardAsync(caller, page, ListNotice.Done(caller.Texts.Format("Report.Returned.Notice", report.Title, report.AuthorName)), ct);
    }

    /// <summary>The author gets the receipt, now saying why it came back, in their chat (once per return, whatever the retries).</summary>
    private async Task TellAuthorAsync(ReportEntity report, Committee roster, CancellationToken ct)
    {
        if ((await conversations.ReachableAsync(ct)).TryGetValue(report.AuthorCode, out var chat))
        {
            var job = $"rrt-{report.Id}-{report.ReviewedAt!.Value.UtcTicks}";
            var payloads = CardAttachment.PerLanguage(t => ReportReceipt.Card(t, report, roster, calendar));
            await outbox.EnqueueAsync(new OutboxJob(job, DeliveryKind.Send, payloads, [chat.Recipient(report.AuthorCode)]), ct);
        }
    }

    public static AdaptiveCard Card(Texts t, ReportEntity report, string reason, FieldError? error, int page)
    {
        var body = new List<CardElement>
        {
            Parts.Title(t["Report.Return.Title"]),
            new TextBlock($"{report.AuthorName} · {report.Title}") { Weight = TextWeight.Bolder },
            new TextBlock(t["Report.Return.Body"]) { IsSubtle = true },
            new InputText
            {
                Id = ReportVerbs.Reason, Label = t["Report.Return.Reason"], IsRequired = true, ErrorMessage = t["Form.Required"],
                IsMultiline = true, MaxLength = MaxReason, Value = reason.Length > 0 ? reason : null,
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
                new ExecuteAction(t["Report.Return.Confirm"], ReportVerbs.ReturnConfirm) { Data = ToVerify.Ids(report, page) },
                new ExecuteAction(t["Report.Cancel"], ReportVerbs.ToVerify)
                {
                    Data = new Dictionary<string, string> { [ReportVerbs.Page] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    AssociatedInputs = "none",
                },
            ],
        };
    }
}
