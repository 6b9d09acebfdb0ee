using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Reports.Summaries;

/// <summary>
/// One group's year (this or last): counts by type, the members side by side (how many each has verified and waiting;
/// members with none stand out), and the latest reports. A leader sees their own group, whatever the card says, and a
/// way to what waits for them; the secretariat sees the group it picked.
/// </summary>
public sealed class GroupSummary(ReportStore store, AllSummary all, WorkCalendar calendar)
{
    public static readonly CommandInfo Command = new(ReportVerbs.Group, Roles.Leader | Roles.Secretariat);

    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var secretariat = caller.Has(Roles.Secretariat);
        var group = secretariat && caller.Roster.Group(turn.ActionString(ReportVerbs.GroupCode)) is { } picked ? picked : caller.Group;
        if (group is null)
        {
            return secretariat ? await all.ShowAsync(turn, caller, ct) : AppCards.NotAllowed(caller, Roles.Leader);
        }

        var year = YearSwitch.Of(turn, calendar);
        var reports = await store.ByYearAsync(year, group.Code, ct, ReportEntity.ListColumns);
        return Card(caller.Texts, group, caller.Roster, reports, year, calendar, backToAll: secretariat);
    }

    public static AdaptiveCard Card(Texts t, Group group, Committee roster, IReadOnlyList<ReportEntity> reports,
        int workYear, WorkCalendar calendar, bool backToAll)
    {
        var counting = ReportEntity.Counted(reports).ToList();
        var members = roster.MembersOf(group.Code).ToList();
        var byMember = counting.GroupBy(r => r.AuthorCode).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("Report.Group.Title", group.Name, workYear)),
            YearSwitch.Buttons(t, ReportVerbs.Group, workYear, calendar, new Dictionary<string, string> { [ReportVerbs.GroupCode] = group.Code }),
            new TextBlock(t.Plural("Report.Summary", counting.Count, members.Count(m => byMember.ContainsKey(m.Code)), members.Count)),
            new TextBlock(t.Format("Report.Group.Review", counting.Count(r => r.ReviewState == ReviewState.Verified), counting.Count(r => r.AwaitsReview)))
                { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        };
        SummaryParts.AddByKind(body, t, counting);
        body.Add(SummaryParts.Heading(t["Report.ByMember"]));
        body.Add(new FactSet(members
            .Select(m => (Member: m, Reports: byMember.GetValueOrDefault(m.Code) ?? []))
            .OrderByDescending(x => x.Reports.Count).ThenBy(x => x.Member.Code, StringComparer.Ordinal)
            .Select(x => new Fact(x.Member.Name, x.Reports.Count == 0
                ? "0 ⚠"
                : t.Format("Report.ByMember.Value", x.Reports.Count, x.Reports.Count(r => r.ReviewState == ReviewState.Verified), x.Reports.Count(r => r.AwaitsReview))))
            .ToList()));
        body.Add(SummaryParts.Heading(t["Report.Latest"]));
        body.AddRange(counting.Count == 0
            ? [new TextBlock(t["Report.NoneYet"]) { IsSubtle = true }]
            : ReportEntity.Newest(counting).Take(5).Select(r => new TextBlock(
                $"{WorkCalendar.Show(calendar.ToDate(r.ActivityDate), t)} {r.AuthorName} · {r.ActivityKind.Name(t)}{(t.IsChinese ? "：" : ": ")}{Parts.Clip(r.Title, 40)}")
            { Size = TextSize.Small, Spacing = Spacing.Small }));
        return new AdaptiveCard(body)
        {
            Actions = backToAll
                ? [new ExecuteAction(t["Button.allreports"], ReportVerbs.All) { Data = YearSwitch.With(null, workYear) }]
                : [new ExecuteAction(t["Button.toverify"], ReportVerbs.ToVerify)],
        };
    }
}
