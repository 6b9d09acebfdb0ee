using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>A group's reports of this year and last, for its leader (or the secretariat, who without a group picked gets the overview).</summary>
public sealed class OurReports(GroupReportStore store, ReportPlace places, ReportsOverview overview, WorkCalendar calendar)
{
    public const int Shown = 20;

    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var (group, refusal) = GroupReportAccess.Scope(turn, caller);
        if (refusal is not null)
        {
            return refusal;
        }

        if (group is null)
        {
            return await overview.ShowAsync(turn, caller, ct);
        }

        var recent = (await store.OfGroupAsync(group.Code, ct)).Where(r => r.Year >= calendar.WorkYear - 1).ToList();
        return Card(caller.Texts, group, recent, caller.Roster, calendar, await places.OfGroupAsync(caller.Texts, group, ct));
    }

    /// <summary>A group's reports for its leader (or the secretariat): drafts to finish, published ones to read or correct.</summary>
    public static AdaptiveCard Card(Texts t, Group group, IReadOnlyList<GroupReportEntity> reports, Committee roster, WorkCalendar calendar, string? place)
    {
        var body = new List<CardElement> { Parts.Title(t.Format("GroupReport.Ours.Title", group.Name)), GroupReportParts.PlaceLine(t, place) };
        if (reports.Count == 0)
        {
            body.Add(new TextBlock(t["GroupReport.Ours.None"]));
        }

        body.AddRange(GroupReportParts.Newest(reports).Take(Shown).Select(r => GroupReportParts.Row(t, r, $"{r.ReportKind.Name(t)} {r.Year}", r.Title, roster, calendar)));
        return new AdaptiveCard(body)
        {
            Actions = [new ExecuteAction(t["GroupReport.New"], ChannelReportVerbs.Compose) { Data = new Dictionary<string, string> { [ChannelReportVerbs.Group] = group.Code } }],
        };
    }
}
