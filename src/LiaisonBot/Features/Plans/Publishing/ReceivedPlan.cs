using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Plans.Publishing;

/// <summary>What a member is told about one task in a plan card.</summary>
public enum PlanChange
{
    None,
    New,
    Changed,
    Cancelled,
    NoLongerYours,
}

public sealed record PlanItem(PlanTaskEntity Task, PlanChange Change);

/// <summary>
/// The card a member receives when a plan is published: the plan and their tasks; or, on a later publication, what
/// changed (the plan's text only if it changed, and only the tasks that concern them).
/// </summary>
public static class ReceivedPlan
{
    /// <summary>At most this many tasks in a card a member receives; the rest are one tap away in "my tasks".</summary>
    private const int ReceivedTasks = 10;

    public static AdaptiveCard Card(Texts t, PlanEntity plan, Group group, IReadOnlyList<PlanItem> items, bool header, bool first)
    {
        var body = new List<CardElement>
        {
            Parts.Title(t.Format(first ? "Plans.Received.Title" : "Plans.Received.Updated", plan.Year)),
            new TextBlock(group.Name) { IsSubtle = true, Spacing = Spacing.None },
        };
        if (header)
        {
            body.AddRange(PlanParts.Header(t, plan, 600));
        }

        body.Add(PlanParts.Section(t[items.Count > 0 ? "Plans.Received.YourTasks" : "Plans.Received.NoTasks"]));
        foreach (var item in items.Take(ReceivedTasks))
        {
            body.Add(TaskLine(t, item.Task, item.Change));
        }

        if (items.Count > ReceivedTasks)
        {
            body.Add(new TextBlock(t.Format("List.More", items.Count - ReceivedTasks)) { IsSubtle = true });
        }

        return new AdaptiveCard(body)
        {
            Actions = [new ExecuteAction(t["Button.mytasks"], PlanVerbs.MyTasks)],
            Speak = t.Format("Plans.Received.Title", plan.Year),
        };
    }

    private static Container TaskLine(Texts t, PlanTaskEntity task, PlanChange change)
    {
        var title = change is PlanChange.None ? task.Title : $"{t[$"Plans.Change.{change}"]} · {task.Title}";
        var items = new List<CardElement>
        {
            new TextBlock(Parts.Clip(title, 140)) { Weight = TextWeight.Bolder, Color = change is PlanChange.Cancelled or PlanChange.NoLongerYours ? TextColor.Attention : null },
            new TextBlock(t.Format("Plans.Task.DueLine", WorkCalendar.Show(task.Due, t), task.Outcome.Length > 0 ? Parts.Clip(task.Outcome, 120) : "—"))
                { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        };
        return new Container(items) { Spacing = Spacing.Small };
    }
}
