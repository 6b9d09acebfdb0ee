using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Plans;

public static partial class PlanCards
{
    /// <summary>At most this many tasks in a card a member receives; the rest are one tap away in "my tasks".</summary>
    private const int ReceivedTasks = 10;

    /// <summary>
    /// The card a member receives when a plan is published: the plan and their tasks; or, on a later publication, what
    /// changed (the plan's text only if it changed, and only the tasks that concern them).
    /// </summary>
    public static AdaptiveCard Received(Texts t, PlanEntity plan, Group group, IReadOnlyList<PlanItem> items, bool header, bool first, WorkCalendar calendar)
    {
        var body = new List<CardElement>
        {
            Parts.Title(t.Format(first ? "Plans.Received.Title" : "Plans.Received.Updated", plan.Year)),
            new TextBlock(group.Name) { IsSubtle = true, Spacing = Spacing.None },
        };
        if (header)
        {
            body.AddRange(Header(t, plan, 600));
        }

        body.Add(Section(t[items.Count > 0 ? "Plans.Received.YourTasks" : "Plans.Received.NoTasks"]));
        foreach (var item in items.Take(ReceivedTasks))
        {
            body.Add(TaskLine(t, item.Task, item.Change));
        }

        if (items.Count > ReceivedTasks)
        {
            body.Add(new TextBlock(t.Format("Plans.More", items.Count - ReceivedTasks)) { IsSubtle = true });
        }

        return new AdaptiveCard(body)
        {
            Actions = [new ExecuteAction(t["Button.mytasks"], PlanVerbs.MyTasks)],
            Speak = t.Format("Plans.Received.Title", plan.Year),
        };
    }

    /// <summary>The plan's own text: goals, learning, methods, requirements, each clipped to keep the card small.</summary>
    private static IEnumerable<CardElement> Header(Texts t, PlanEntity plan, int clip)
    {
        if (plan.Goals.Length > 0)
        {
            yield return Section(t["Plans.Goals"]);
            yield return new TextBlock(Parts.Clip(plan.Goals, clip));
        }

        foreach (var (key, items) in new[] { ("Plans.Learning", plan.LearningItems), ("Plans.Methods", plan.MethodItems) })
        {
            if (items.Count > 0)
            {
                yield return Section(t[key]);
                yield return new TextBlock(string.Join("\n", items.Take(8).Select(i => "- " + Parts.Clip(i, 120))));
            }
        }

        if (plan.Requirements.Length > 0)
        {
            yield return Section(t["Plans.Requirements"]);
            yield return new TextBlock(Parts.Clip(plan.Requirements, clip));
        }
    }

    private static TextBlock Section(string text) =>
        new(text) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true };

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
