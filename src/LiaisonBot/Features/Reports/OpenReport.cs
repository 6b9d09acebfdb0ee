using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Reports;

/// <summary>Opening one of the caller's reports from their list: its receipt.</summary>
public sealed class OpenReport(ReportStore store, WorkCalendar calendar)
{
    public Task<AdaptiveCard> OpenAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.OwnAsync(turn, caller, ct).OrAsync(() => ReportNotice.NotFound(caller.Texts), report => ReportReceipt.Card(caller.Texts, report, caller.Roster, calendar));
}
