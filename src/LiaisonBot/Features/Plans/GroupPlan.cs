using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Reports;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Plans;

/// <summary>A group's plan as its leader or the secretariat reads it.</summary>
public sealed record GroupPlanView(
    PlanEntity Plan,
    Group Group,
    IReadOnlyList<PlanTaskEntity> Tasks,
    IReadOnlyDictionary<string, List<FiledActivity>> Evidence,
    WorkCalendar Calendar,
    bool ForSecretariat,
    string? Notice = null);

/// <summary>A group's plan: the leader reads their own group's, the secretariat any group's, drafts and cancelled tasks included.</summary>
public sealed class GroupPlan(PlanStore store, FiledActivities activities, WorkCalendar calendar)
{
    private const int PageSize = 8;

    public static readonly CommandInfo Command = new(PlanVerbs.GroupPlan, Roles.Leader);

    /// <summary>The leader's own group plan, this year's or last year's: which group comes from the roster, never from card data.</summary>
    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) =>
        caller.Group is { } group
            ? await CardAsync(caller, group, YearSwitch.Of(turn, calendar), forSecretariat: false, turn.ActionNumber(PlanVerbs.Page) ?? 0, null, ct)
            : PlanNotice.Card(caller.Texts, "Plans.NoGroup");

    /// <summary>Any group's plan, for the secretariat.</summary>
    public async Task<AdaptiveCard> ViewAsync(Turn turn, Caller caller, CancellationToken ct) =>
        caller.Roster.Group(turn.ActionString(PlanVerbs.Group)) is { } group
            ? await CardAsync(caller, group, PlanYear.Of(turn, calendar), forSecretariat: true, turn.ActionNumber(PlanVerbs.Page) ?? 0, null, ct)
            : PlanNotice.Card(caller.Texts, "Plans.NoPlan", PlanYear.Of(turn, calendar));

    /// <summary>The plan with the reports filed for each task; a draft only for the secretariat.</summary>
    public async Task<AdaptiveCard> CardAsync(Caller caller, Group group, int year, bool forSecretariat, int page, string? notice, CancellationToken ct)
    {
        if (await store.FindPlanAsync(year, group.Code, ct) is not { } plan || (!forSecretariat && plan.Status is PlanState.Draft))
        {
            return forSecretariat ? PlanNotice.Card(caller.Texts, "Plans.NoPlan", year) : NoPlan(caller.Texts, year, calendar);
        }

        var tasks = await store.TasksAsync(group.Code, year, ct);
        var evidence = (await activities.OfGroupAsync(year, group.Code, ct))
            .Where(r => r.TaskKey is not null)
            .GroupBy(r => r.TaskKey!).ToDictionary(g => g.Key, g => g.ToList());
        var view = new GroupPlanView(plan, group, forSecretariat ? tasks : [.. tasks.Where(x => x.PublishedRevision > 0)], evidence, calendar, forSecretariat, notice);
        return Card(caller.Texts, view, caller.Roster, page);
    }

    /// <summary>
    /// The whole plan: counts, each task's owners, due date, status and the reports filed for it, overdue tasks in red.
    /// The secretariat also sees cancelled tasks and gets edit and publish buttons.
    /// </summary>
    public static AdaptiveCard Card(Texts t, GroupPlanView view, Committee roster, int requestedPage)
    {
        var (plan, today) = (view.Plan, view.Calendar.Today);
        var tasks = view.Tasks.Where(x => view.ForSecretariat || !x.Cancelled).ToList();
        var live = tasks.Where(x => !x.Cancelled).ToList();
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("Plans.Group.Title", view.Group.Name, plan.Year)),
            new TextBlock(PlanParts.StateText(t, plan, view.Tasks)) { IsSubtle = true, Spacing = Spacing.None },
        };
        if (!view.ForSecretariat)
        {
            body.Add(YearSwitch.Buttons(t, PlanVerbs.GroupPlan, plan.Year, view.Calendar));
        }

        body.Add(new ColumnSet(
            [
                Parts.Figure(t["Plans.Count.Done"], live.Count(x => x.Status is PlanTaskStatus.Done), TextColor.Good),
                Parts.Figure(t["Plans.Count.InProgress"], live.Count(x => x.Status is PlanTaskStatus.InProgress), null),
                Parts.Figure(t["Plans.Count.NotStarted"], live.Count(x => x.Status is PlanTaskStatus.NotStarted), null),
                Parts.Figure(t["Plans.Count.Overdue"], live.Count(x => x.IsOverdue(today)), TextColor.Attention),
            ]));
        if (view.Notice is not null)
        {
            body.Insert(1, new TextBlock("✓ " + t[view.Notice]) { Color = TextColor.Good, Weight = TextWeight.Bolder });
        }

        if (requestedPage == 0)
        {
            body.AddRange(PlanParts.Header(t, plan, 300));
        }

        var page = Pages.Of(tasks, requestedPage, PageSize);
        body.Add(PlanParts.Section(t.Format("Plans.Group.Tasks", live.Count)));
        foreach (var task in page.Items)
        {
            body.Add(TaskBlock(t, task, view, roster));
        }

        var actions = PlanParts.Pager(t, view.ForSecretariat ? PlanVerbs.View : PlanVerbs.GroupPlan, page,
            YearSwitch.With(new Dictionary<string, string> { [PlanVerbs.Group] = view.Group.Code }, plan.Year)) ?? [];
        if (view.ForSecretariat)
        {
            var groupData = new Dictionary<string, string> { [PlanVerbs.Group] = view.Group.Code, [PlanVerbs.Year] = plan.PartitionKey };
            actions.Add(new ExecuteAction(t["Plans.AddTask"], PlanVerbs.EditTask) { Data = groupData });
            actions.Add(new ExecuteAction(t["Plans.Publish"], PlanVerbs.Publish) { Data = groupData });
        }

        return new AdaptiveCard(body) { Actions = actions.Count > 0 ? actions : null, Speak = t.Format("Plans.Group.Title", view.Group.Name, plan.Year) };
    }

    private static Container TaskBlock(Texts t, PlanTaskEntity task, GroupPlanView view, Committee roster)
    {
        var overdue = task.IsOverdue(view.Calendar.Today);
        var owners = task.OwnerCodes.Count == 0
            ? t["Plans.WholeGroup"]
            : string.Join("、", task.OwnerCodes.Select(c => roster.ByCode(c)?.Name ?? c));
        var reports = view.Evidence.GetValueOrDefault(task.Key) ?? [];
        var items = new List<CardElement>
        {
            new TextBlock(Parts.Clip($"{task.No}. {task.Title}", 140))
                { Weight = TextWeight.Bolder, Color = overdue ? TextColor.Attention : null, IsSubtle = task.Cancelled ? true : null },
            new TextBlock($"{owners} · {PlanParts.DueText(t, task, view.Calendar.Today)}")
                { Size = TextSize.Small, Spacing = Spacing.None, Color = overdue ? TextColor.Attention : null },
            new TextBlock(PlanParts.StatusText(t, task)) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None },
        };
        if (reports.Count > 0)
        {
            var names = string.Join("、", reports.Select(r => r.AuthorName).Distinct().Take(6));
            items.Add(new TextBlock(t.Plural("Plans.Evidence", reports.Count, names)) { Size = TextSize.Small, Spacing = Spacing.None });
        }

        if (view.ForSecretariat && !task.Cancelled)
        {
            items.Add(new ActionSet([new ExecuteAction(t["Plans.EditTask"], PlanVerbs.EditTask) { Data = new Dictionary<string, string> { [PlanVerbs.Task] = task.Key } }]));
        }

        return new Container(items) { Separator = true, Spacing = Spacing.Small, Style = overdue ? ContainerStyle.Attention : null };
    }

    /// <summary>No plan published for the year asked: say so, and offer the other year (in January, last year's plan).</summary>
    private static AdaptiveCard NoPlan(Texts t, int year, WorkCalendar calendar) =>
        new([new TextBlock(t.Format("Plans.NoPlan", year)), YearSwitch.Buttons(t, PlanVerbs.GroupPlan, year, calendar)])
        {
            Actions = [new ExecuteAction(t["Button.help"], "help")],
        };
}
