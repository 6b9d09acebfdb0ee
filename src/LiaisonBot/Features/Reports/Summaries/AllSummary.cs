using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Reports.Summaries;

/// <summary>The committee's year (this or last) for the secretariat: by type, by group with each member's count, and a group picker.</summary>
public sealed class AllSummary(ReportStore store, WorkCalendar calendar)
{
    public static readonly CommandInfo Command = new(ReportVerbs.All, Roles.Secretariat);

    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var year = YearSwitch.Of(turn, calendar);
        return Card(caller.Texts, caller.Roster, await store.ByYearAsync(year, null, ct, ReportEntity.ListColumns), year, calendar);
    }

    public static AdaptiveCard Card(Texts t, Committee roster, IReadOnlyList<ReportEntity> reports, int workYear, WorkCalendar calendar)
    {
        var counting = ReportEntity.Counted(reports).ToList();
        var byMember = counting.GroupBy(r => r.AuthorCode).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var members = roster.WithRole(Roles.Member).ToList();
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("Report.All.Title", workYear)),
            YearSwitch.Buttons(t, ReportVerbs.All, workYear, calendar),
            new TextBlock(t.Plural("Report.Summary", counting.Count, members.Count(m => byMember.ContainsKey(m.Code)), members.Count)),
        };
        SummaryParts.AddByKind(body, t, counting);
        body.Add(SummaryParts.Heading(t["Report.ByGroup"]));
        foreach (var group in roster.Groups)
        {
            var people = roster.MembersOf(group.Code).ToList();
            var count = people.Sum(m => byMember.GetValueOrDefault(m.Code));
            body.Add(new TextBlock($"{group.Name}  {t.Plural("Report.All.GroupLine", count, people.Count(m => byMember.ContainsKey(m.Code)), people.Count)}")
            { Weight = TextWeight.Bolder, Size = TextSize.Small, Separator = true });
            body.Add(new TextBlock(string.Join(" · ", people.Select(m => $"{m.Name} {byMember.GetValueOrDefault(m.Code)}")))
            { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None });
        }

        body.Add(new InputChoiceSet
        {
            Id = ReportVerbs.GroupCode,
            Label = t["Report.All.Group"],
            Style = "compact",
            Placeholder = t["Report.Placeholder.Choose"],
            Choices = roster.Groups.Select(g => new Choice(g.Name, g.Code)).ToList(),
            Separator = true,
        });
        return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["Report.All.Pick"], ReportVerbs.Group) { Data = YearSwitch.With(null, workYear) }] };
    }
}
