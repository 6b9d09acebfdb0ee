using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Plans.Import;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Plans;

/// <summary>One line of the secretariat's overview: a group, its plan (if loaded) and its tasks.</summary>
public sealed record PlanRow(Group Group, PlanEntity? Plan, IReadOnlyList<PlanTaskEntity> Tasks);

/// <summary>The year at a glance for the secretariat: every group's plan state and task counts, and how to load plans.</summary>
public sealed class PlansOverview(PlanStore store, WorkCalendar calendar, PublicAddress address)
{
    public static readonly CommandInfo Command = new(PlanVerbs.Plans, Roles.Secretariat);

    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var year = PlanYear.Of(turn, calendar);
        var byGroup = (await store.PlansAsync(year, ct)).ToDictionary(p => p.GroupCode);
        var tasks = (await store.YearTasksAsync(year, ct)).ToLookup(x => x.GroupCode);
        var rows = caller.Roster.Groups.Select(g => new PlanRow(g, byGroup.GetValueOrDefault(g.Code), [.. tasks[g.Code]])).ToList();
        return Card(caller.Texts, year, rows, calendar.Today, TemplateUrl());
    }

    private string? TemplateUrl() => PlanTemplate.Workbook.Url(address.Base);

    public static AdaptiveCard Card(Texts t, int year, IReadOnlyList<PlanRow> rows, DateOnly today, string? templateUrl)
    {
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("Plans.Overview.Title", year)),
            new TextBlock(t["Plans.Overview.Upload"]) { IsSubtle = true, Spacing = Spacing.None },
            new ColumnSet(
            [
                new Column([new TextBlock(t["Plans.Overview.Group"]) { Weight = TextWeight.Bolder, Size = TextSize.Small }]) { Width = "stretch" },
                new Column([new TextBlock(t["Plans.Overview.State"]) { Weight = TextWeight.Bolder, Size = TextSize.Small }]) { Width = "auto" },
                new Column([new TextBlock(t["Plans.Overview.Done"]) { Weight = TextWeight.Bolder, Size = TextSize.Small }]) { Width = "auto" },
            ]) { Separator = true },
        };
        foreach (var row in rows)
        {
            var live = row.Tasks.Where(x => !x.Cancelled).ToList();
            var overdue = live.Count(x => x.IsOverdue(today));
            var state = row.Plan is null ? t["Plans.State.None"] : PlanParts.StateText(t, row.Plan, row.Tasks);
            body.Add(new ColumnSet(
            [
                new Column([new TextBlock(row.Group.Name) { Size = TextSize.Small }]) { Width = "stretch" },
                new Column([new TextBlock(state) { Size = TextSize.Small, IsSubtle = true }]) { Width = "auto" },
                new Column([new TextBlock(overdue > 0
                    ? t.Format("Plans.Overview.DoneOverdue", live.Count(x => x.Status is PlanTaskStatus.Done), live.Count, overdue)
                    : t.Format("Plans.Overview.DoneOf", live.Count(x => x.Status is PlanTaskStatus.Done), live.Count))
                    { Size = TextSize.Small, Color = overdue > 0 ? TextColor.Attention : null }]) { Width = "auto" },
            ])
            { Spacing = Spacing.Small });
        }

        var loaded = rows.Where(r => r.Plan is not null).ToList();
        if (loaded.Count > 0)
        {
            body.Add(new InputChoiceSet
            {
                Id = PlanVerbs.Group,
                Label = t["Plans.Overview.Pick"],
                Style = "compact",
                Value = loaded[0].Group.Code,
                Choices = loaded.Select(r => new Choice(r.Group.Name, r.Group.Code)).ToList(),
            });
        }

        var yearData = new Dictionary<string, string> { [PlanVerbs.Year] = year.ToString(CultureInfo.InvariantCulture) };
        var actions = new List<CardAction>();
        if (loaded.Count > 0)
        {
            actions.Add(new ExecuteAction(t["Plans.Open"], PlanVerbs.View) { Data = yearData, AssociatedInputs = "auto" });
            actions.Add(new ExecuteAction(t["Plans.PublishAll"], PlanVerbs.Publish)
            { Data = new Dictionary<string, string>(yearData) { [PlanVerbs.Group] = PlanVerbs.AllGroups }, AssociatedInputs = "none" });
        }

        if (templateUrl is not null)
        {
            actions.Add(new OpenUrlAction(t["Plans.Template"], templateUrl));
        }

        return new AdaptiveCard(body) { Actions = actions, Speak = t.Format("Plans.Overview.Title", year) };
    }
}
