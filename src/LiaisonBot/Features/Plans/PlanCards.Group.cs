using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Features.Reports;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Plans;

/// <summary>A group's plan as its leader or the secretariat reads it.</summary>
public sealed record GroupPlanView(
    PlanEntity Plan,
    Group Group,
    IReadOnlyList<PlanTaskEntity> Tasks,
    IReadOnlyDictionary<string, List<FiledActivity>> Evidence,
    DateOnly Today,
    bool ForSecretariat,
    string? Notice = null);

public static partial class PlanCards
{
    private const int GroupTasksPerPage = 8;

    /// <summary>
    /// The whole plan: counts, each task's owners, due date, status and the reports filed for it, overdue tasks in red.
    /// The secretariat also sees cancelled tasks and gets edit and publish buttons.
    /// </summary>
    public static AdaptiveCard GroupPlan(Texts t, GroupPlanView view, Committee roster, int page)
    {
        var (plan, today) = (view.Plan, view.Today);
        var tasks = view.Tasks.Where(x => view.ForSecretariat || !x.Cancelled).ToList();
        var live = tasks.Where(x => !x.Cancelled).ToList();
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("Plans.Group.Title", view.Group.Name, plan.Year)),
            new TextBlock(StateText(t, plan, view.Tasks)) { IsSubtle = true, Spacing = Spacing.None },
            new ColumnSet(
            [
                Count(t["Plans.Count.Done"], live.Count(x => x.Status is PlanTaskStatus.Done), TextColor.Good),
                Count(t["Plans.Count.InProgress"], live.Count(x => x.Status is PlanTaskStatus.InProgress), null),
                Count(t["Plans.Count.NotStarted"], live.Count(x => x.Status is PlanTaskStatus.NotStarted), null),
                Count(t["Plans.Count.Overdue"], live.Count(x => x.IsOverdue(today)), TextColor.Attention),
            ]),
        };
        if (view.Notice is not null)
        {
            body.Insert(1, new TextBlock("✓ " + t[view.Notice]) { Color = TextColor.Good, Weight = TextWeight.Bolder });
        }

        if (page == 0)
        {
            body.AddRange(Header(t, plan, 300));
        }

        var pages = Math.Max(1, (tasks.Count + GroupTasksPerPage - 1) / GroupTasksPerPage);
        page = Math.Clamp(page, 0, pages - 1);
        body.Add(Section(t.Format("Plans.Group.Tasks", live.Count)));
        foreach (var task in tasks.Skip(page * GroupTasksPerPage).Take(GroupTasksPerPage))
        {
            body.Add(GroupTask(t, task, view, roster));
        }

        var actions = Pager(t, view.ForSecretariat ? PlanVerbs.View : PlanVerbs.GroupPlan, page, pages,
            new Dictionary<string, string> { [PlanVerbs.Group] = view.Group.Code }) ?? [];
        if (view.ForSecretariat)
        {
            var groupData = new Dictionary<string, string> { [PlanVerbs.Group] = view.Group.Code, [PlanVerbs.Year] = plan.PartitionKey };
            actions.Add(new ExecuteAction(t["Plans.AddTask"], PlanVerbs.EditTask) { Data = groupData });
            actions.Add(new ExecuteAction(t["Plans.Publish"], PlanVerbs.Publish) { Data = groupData });
        }

        return new AdaptiveCard(body) { Actions = actions.Count > 0 ? actions : null, Speak = t.Format("Plans.Group.Title", view.Group.Name, plan.Year) };
    }

    private static Container GroupTask(Texts t, PlanTaskEntity task, GroupPlanView view, Committee roster)
    {
        var overdue = task.IsOverdue(view.Today);
        var owners = task.OwnerCodes.Count == 0
            ? t["Plans.WholeGroup"]
            : string.Join("、", task.OwnerCodes.Select(c => roster.ByCode(c)?.Name ?? c));
        var reports = view.Evidence.GetValueOrDefault(task.Key) ?? [];
        var items = new List<CardElement>
        {
            new TextBlock(Parts.Clip($"{task.No}. {task.Title}", 140))
                { Weight = TextWeight.Bolder, Color = overdue ? TextColor.Attention : null, IsSubtle = task.Cancelled ? true : null },
            new TextBlock($"{owners} · {DueText(t, task, view.Today)}")
                { Size = TextSize.Small, Spacing = Spacing.None, Color = overdue ? TextColor.Attention : null },
            new TextBlock(StatusText(t, task)) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None },
        };
        if (reports.Count > 0)
        {
            var names = string.Join("、", reports.Select(r => r.AuthorName).Distinct().Take(6));
            items.Add(new TextBlock(t.Format("Plans.Evidence", reports.Count, names)) { Size = TextSize.Small, Spacing = Spacing.None });
        }

        if (view.ForSecretariat && !task.Cancelled)
        {
            items.Add(new ActionSet([new ExecuteAction(t["Plans.EditTask"], PlanVerbs.EditTask) { Data = new Dictionary<string, string> { [PlanVerbs.Task] = task.Key } }]));
        }

        return new Container(items) { Separator = true, Spacing = Spacing.Small, Style = overdue ? ContainerStyle.Attention : null };
    }

    private static string StateText(Texts t, PlanEntity plan, IReadOnlyList<PlanTaskEntity> tasks)
    {
        if (plan.Status is PlanState.Draft)
        {
            return t["Plans.State.Draft"];
        }

        var changes = tasks.Count(x => x.IsChanged) + (plan.Revision != plan.PublishedRevision ? 1 : 0);
        return changes > 0 ? t.Format("Plans.State.Changed", changes) : t["Plans.State.Published"];
    }

    private static Column Count(string label, int value, TextColor? color) => new(
    [
        new TextBlock(value.ToString(CultureInfo.InvariantCulture)) { Size = TextSize.Large, Weight = TextWeight.Bolder, Color = value > 0 ? color : null },
        new TextBlock(label) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None },
    ]) { Width = "stretch" };
}
