using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Reports;

public static partial class ReportCards
{
    /// <summary>One group's year: counts by type and by member (members with none stand out), and the latest reports.</summary>
    public static AdaptiveCard GroupSummary(Texts t, Group group, Committee roster, IReadOnlyList<ReportEntity> reports,
        int workYear, WorkCalendar calendar, bool backToAll)
    {
        var counting = reports.Where(r => !r.Withdrawn).ToList();
        var members = roster.MembersOf(group.Code).ToList();
        var byMember = counting.GroupBy(r => r.AuthorCode).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("Report.Group.Title", group.Name, workYear)),
            new TextBlock(t.Format("Report.Summary", counting.Count, members.Count(m => byMember.ContainsKey(m.Code)), members.Count)),
        };
        AddByKind(body, t, counting);
        body.Add(Heading(t["Report.ByMember"]));
        body.Add(new FactSet(members
            .OrderByDescending(m => byMember.GetValueOrDefault(m.Code)).ThenBy(m => m.Code, StringComparer.Ordinal)
            .Select(m => new Fact(m.Name, byMember.GetValueOrDefault(m.Code) is var n && n > 0 ? n.ToString(t.Culture) : "0 ⚠"))
            .ToList()));
        body.Add(Heading(t["Report.Latest"]));
        body.AddRange(counting.Count == 0
            ? [new TextBlock(t["Report.NoneYet"]) { IsSubtle = true }]
            : Newest(counting).Take(5).Select(r => new TextBlock(
                $"{WorkCalendar.Show(calendar.ToDate(r.ActivityDate), t)} {r.AuthorName} · {r.ActivityKind.Name(t)}{(t.IsChinese ? "：" : ": ")}{Parts.Clip(r.Title, 40)}")
                { Size = TextSize.Small, Spacing = Spacing.Small }));
        return new AdaptiveCard(body)
        {
            Actions = backToAll ? [new ExecuteAction(t["Button.allreports"], ReportVerbs.All)] : null,
        };
    }

    /// <summary>The committee's year for the secretariat: by type, by group with each member's count, and a group picker.</summary>
    public static AdaptiveCard AllSummary(Texts t, Committee roster, IReadOnlyList<ReportEntity> reports, int workYear)
    {
        var counting = reports.Where(r => !r.Withdrawn).ToList();
        var byMember = counting.GroupBy(r => r.AuthorCode).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var members = roster.WithRole(Roles.Member).ToList();
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("Report.All.Title", workYear)),
            new TextBlock(t.Format("Report.Summary", counting.Count, members.Count(m => byMember.ContainsKey(m.Code)), members.Count)),
        };
        AddByKind(body, t, counting);
        body.Add(Heading(t["Report.ByGroup"]));
        foreach (var group in roster.Groups)
        {
            var people = roster.MembersOf(group.Code).ToList();
            var count = people.Sum(m => byMember.GetValueOrDefault(m.Code));
            body.Add(new TextBlock($"{group.Name}  {t.Format("Report.All.GroupLine", count, people.Count(m => byMember.ContainsKey(m.Code)), people.Count)}")
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
        return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["Report.All.Pick"], ReportVerbs.Group)] };
    }

    private static void AddByKind(List<CardElement> body, Texts t, IReadOnlyList<ReportEntity> counting)
    {
        body.Add(Heading(t["Report.ByKind"]));
        var byKind = counting.GroupBy(r => r.ActivityKind).OrderByDescending(g => g.Count())
            .Select(g => new Fact(g.Key.Name(t), g.Count().ToString(t.Culture))).ToList();
        body.Add(byKind.Count > 0 ? new FactSet(byKind) : new TextBlock(t["Report.NoneYet"]) { IsSubtle = true });
    }

    private static TextBlock Heading(string text) =>
        new(text) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true };
}
