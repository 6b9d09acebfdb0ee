using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.DutyFile;

/// <summary>
/// Members' points side by side (履职积分): a leader sees their group's members, the secretariat every member, filtered by
/// group, by grade, or to those below the yearly minimums (未履职委员), highest points first, with how the grades fall.
/// </summary>
public sealed class PointsOverview(DutyPointsStore points, PointsRulesStore rules, PointsBook book, WorkCalendar calendar)
{
    public const int PageSize = 15;

    public static readonly CommandInfo Command = new(DutyFileVerbs.Points, Roles.Leader | Roles.Secretariat);

    public Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) => CardAsync(turn, caller, null, ct);

    /// <summary>Recomputes the year (the secretariat's repair after anything went wrong), then shows the list.</summary>
    public async Task<AdaptiveCard> RecomputeAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var members = await book.RecomputeYearAsync(YearSwitch.Of(turn, calendar), ct);
        return await CardAsync(turn, caller, caller.Texts.Plural("Points.Recomputed", members), ct);
    }

    private async Task<AdaptiveCard> CardAsync(Turn turn, Caller caller, string? notice, CancellationToken ct)
    {
        var year = YearSwitch.Of(turn, calendar);
        var everyone = caller.Has(Roles.Secretariat);
        if (await rules.FindAsync(year, ct) is not { } yearRules)
        {
            return NoRules(caller.Texts, year, everyone, calendar);
        }

        var filter = everyone ? PointsFilter.From(turn, caller.Roster, yearRules) : new PointsFilter(caller.Member.GroupCode, null, false);
        var rows = (await points.OfYearAsync(year, filter.Group, withLines: false, ct))
            .Where(r => caller.Roster.ByCode(r.MemberCode) is { } m && m.GroupCode == r.GroupCode)
            .ToList();
        var view = new PointsView(year, yearRules, rows, filter, everyone, turn.ActionNumber(DutyFileVerbs.Page) ?? 0, notice);
        return Card(caller.Texts, view, caller.Roster, calendar);
    }

    public sealed record PointsView(int Year, PointsRules Rules, IReadOnlyList<DutyPointsEntity> Rows, PointsFilter Filter, bool Everyone, int Page, string? Notice);

    public static AdaptiveCard Card(Texts t, PointsView v, Committee roster, WorkCalendar calendar)
    {
        var title = v.Everyone ? t.Format("Points.Title", v.Year) : t.Format("Points.GroupTitle", v.Year, roster.Group(v.Filter.Group)?.Name ?? "");
        var body = new List<CardElement> { Parts.Title(title), YearSwitch.Buttons(t, DutyFileVerbs.Points, v.Year, calendar, v.Filter.Data()) };
        if (v.Notice is not null)
        {
            body.Add(new TextBlock(v.Notice) { Color = TextColor.Good, Weight = TextWeight.Bolder });
        }

        var shown = v.Rows.Where(v.Filter.Shows).OrderByDescending(r => r.Total).ThenBy(r => roster.ByCode(r.MemberCode)!.Name, StringComparer.Ordinal).ToList();
        body.Add(new TextBlock(t.Plural("Points.Count", shown.Count, shown.Count(r => !r.MinimumsMet), shown.Sum(r => r.Waiting))) { IsSubtle = true, Spacing = Spacing.None });
        if (shown.Count > 0)
        {
            var grades = v.Rules.Grades.OrderByDescending(g => g.From).Select(g => (g.Name(t.IsChinese), (decimal)shown.Count(r => r.Grade == g.Chinese))).ToList();
            body.Add(BarChart.Of(t["Points.ByGrade"], grades) with { Separator = true });
        }

        if (v.Everyone)
        {
            body.AddRange(Filters(t, v, roster));
        }

        var page = Pages.Of(shown, v.Page, PageSize);
        if (page.Count > 1)
        {
            body.Add(new TextBlock(t.Format("Points.Page", page.Number + 1, page.Count)) { IsSubtle = true, Size = TextSize.Small });
        }

        body.AddRange(page.Items.Select((r, i) => Row(t, r, roster, v.Everyone, i == 0)));
        var actions = new List<CardAction>();
        if (page.HasPrevious)
        {
            actions.Add(PageButton(t["Points.Previous"], v, page.Number - 1));
        }

        if (page.HasNext)
        {
            actions.Add(PageButton(t["Points.Next"], v, page.Number + 1));
        }

        if (v.Everyone)
        {
            actions.Add(new ExecuteAction(t["Points.Export"], DutyFileVerbs.Export) { Data = YearSwitch.With(v.Filter.Data(), v.Year) });
            actions.Add(new ExecuteAction(t["Points.ShowRules"], DutyFileVerbs.Rules) { Data = YearSwitch.With(null, v.Year) });
            actions.Add(new ExecuteAction(t["Points.Recompute"], DutyFileVerbs.Recompute) { Data = YearSwitch.With(v.Filter.Data(), v.Year) });
        }

        return new AdaptiveCard(body) { Actions = actions.Count > 0 ? actions : null, Speak = title };
    }

    /// <summary>The card a year without rules gets: what is missing, and for the secretariat how to load the rules.</summary>
    public static AdaptiveCard NoRules(Texts t, int year, bool secretariat, WorkCalendar calendar) => new(
    [
        Parts.Title(t.Format("Points.Title", year)),
        YearSwitch.Buttons(t, DutyFileVerbs.Points, year, calendar),
        new TextBlock(t.Format(secretariat ? "Points.Rules.None" : "Points.Rules.NoneYet", year)),
    ])
    {
        Actions = secretariat ? [new ExecuteAction(t["Points.ShowRules"], DutyFileVerbs.Rules) { Data = YearSwitch.With(null, year) }] : null,
    };

    private static IEnumerable<CardElement> Filters(Texts t, PointsView v, Committee roster)
    {
        yield return new ColumnSet(
        [
            new Column([new InputChoiceSet
            {
                Id = DutyFileVerbs.Group,
                Label = t["Points.Filter.Group"],
                Style = "compact",
                Value = v.Filter.Group ?? PointsFilter.All,
                Choices = [new(t["Points.Filter.All"], PointsFilter.All), .. roster.Groups.Select(g => new Choice(g.Name, g.Code))],
            }]) { Width = "stretch" },
            new Column([new InputChoiceSet
            {
                Id = DutyFileVerbs.Grade,
                Label = t["Points.Filter.Grade"],
                Style = "compact",
                Value = v.Filter.Grade ?? PointsFilter.All,
                Choices = [new(t["Points.Filter.All"], PointsFilter.All), .. v.Rules.Grades.OrderByDescending(g => g.From).Select(g => new Choice(g.Name(t.IsChinese), g.Chinese))],
            }]) { Width = "stretch" },
        ])
        { Separator = true };
        yield return new InputToggle { Id = DutyFileVerbs.Below, Title = t["Points.Filter.Below"], Value = v.Filter.Below ? "true" : "false" };
        yield return new ActionSet([new ExecuteAction(t["Points.Filter.Show"], DutyFileVerbs.Points) { Data = YearSwitch.With(null, v.Year) }]);
    }

    private static ColumnSet Row(Texts t, DutyPointsEntity r, Committee roster, bool everyone, bool first)
    {
        var member = roster.ByCode(r.MemberCode)!;
        var who = new List<CardElement> { new TextBlock(member.Name) { Weight = TextWeight.Bolder, Size = TextSize.Small } };
        if (everyone)
        {
            who.Add(new TextBlock(roster.Group(r.GroupCode)?.Name ?? "") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        }

        var total = RulesCard.Number((decimal)r.Total) + (r.Provisional != 0 ? t.Format("Points.PlusProvisional", RulesCard.Number((decimal)r.Provisional)) : "");
        var state = r.MinimumsMet ? t["Points.Row.Met"] : t["Points.Row.Short"];
        var waiting = r.Waiting > 0 ? " · " + t.Format("Points.Row.Waiting", r.Waiting) : "";
        return new ColumnSet(
        [
            new Column(who) { Width = "stretch" },
            new Column(
            [
                new TextBlock(total) { Weight = TextWeight.Bolder, Size = TextSize.Small, HorizontalAlignment = HorizontalAlignment.Right },
                new TextBlock($"{(t.IsChinese ? r.Grade : r.GradeEnglish)} · {state}{waiting}")
                {
                    Size = TextSize.Small,
                    Color = r.MinimumsMet ? null : TextColor.Attention,
                    HorizontalAlignment = HorizontalAlignment.Right,
                    Spacing = Spacing.None,
                },
            ]) { Width = "auto" },
        ])
        { Separator = first, Spacing = Spacing.Small };
    }

    private static ExecuteAction PageButton(string title, PointsView v, int page) =>
        new(title, DutyFileVerbs.Points) { Data = new Dictionary<string, string>(YearSwitch.With(v.Filter.Data(), v.Year)) { [DutyFileVerbs.Page] = page.ToString(CultureInfo.InvariantCulture) } };
}
