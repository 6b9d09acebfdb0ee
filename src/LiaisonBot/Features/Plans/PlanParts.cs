using System.Globalization;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Plans;

/// <summary>Pieces the plan cards share.</summary>
public static class PlanParts
{
    public static TextBlock Section(string text) =>
        new(text) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true };

    /// <summary>The plan's own text: goals, learning, methods, requirements, each clipped to keep the card small.</summary>
    public static IEnumerable<CardElement> Header(Texts t, PlanEntity plan, int clip)
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

    /// <summary>Draft, published, or how many changes wait to be published.</summary>
    public static string StateText(Texts t, PlanEntity plan, IReadOnlyList<PlanTaskEntity> tasks)
    {
        if (plan.Status is PlanState.Draft)
        {
            return t["Plans.State.Draft"];
        }

        var changes = tasks.Count(x => x.IsChanged) + (plan.Revision != plan.PublishedRevision ? 1 : 0);
        return changes > 0 ? t.Plural("Plans.State.Changed", changes) : t["Plans.State.Published"];
    }

    public static string DueText(Texts t, PlanTaskEntity task, DateOnly today) =>
        task.IsOverdue(today)
            ? t.Plural("Plans.Task.Overdue", today.DayNumber - task.Due.DayNumber, WorkCalendar.Show(task.Due, t))
            : t.Format("Plans.Task.Due", WorkCalendar.Show(task.Due, t));

    public static string StatusText(Texts t, PlanTaskEntity task)
    {
        var status = task.Status is PlanTaskStatus.InProgress
            ? t.Format("Plans.Status.InProgressPercent", task.Percent)
            : t[$"Plans.Status.{task.Status}"];
        return task.Note is { Length: > 0 } note ? $"{status} · {Parts.Clip(note, 80)}" : status;
    }

    /// <summary>The data every button about one task carries: its key.</summary>
    public static Dictionary<string, string> TaskData(PlanTaskEntity task) => new() { [PlanVerbs.Task] = task.Key };

    /// <summary>The button that asks for an owner's progress on a task.</summary>
    public static ExecuteAction UpdateProgressButton(Texts t, PlanTaskEntity task) =>
        new(t["Plans.UpdateProgress"], PlanVerbs.Progress) { Data = TaskData(task) };

    /// <summary>"Previous" and "next" for a paged list, each with the list's own data; null when the list fits one page.</summary>
    public static List<CardAction>? Pager<T>(Texts t, string verb, Page<T> page, Dictionary<string, string> data)
    {
        var actions = new List<CardAction>();
        if (page.HasPrevious)
        {
            actions.Add(PageButton(t["Plans.PreviousPage"], verb, page.Number - 1, data));
        }

        if (page.HasNext)
        {
            actions.Add(PageButton(t.Format("Plans.NextPage", page.Number + 2, page.Count), verb, page.Number + 1, data));
        }

        return actions.Count > 0 ? actions : null;
    }

    private static ExecuteAction PageButton(string title, string verb, int page, Dictionary<string, string> data) =>
        new(title, verb) { Data = new Dictionary<string, string>(data) { [PlanVerbs.Page] = page.ToString(CultureInfo.InvariantCulture) } };
}
