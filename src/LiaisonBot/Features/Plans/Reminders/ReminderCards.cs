using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Plans.Reminders;

/// <summary>What reminders say: to a task's owners before it is due, and to leaders once a week.</summary>
public static class ReminderCards
{
    /// <summary>A task's owners, some days before it is due.</summary>
    public static AdaptiveCard Reminder(Texts t, PlanTaskEntity task, int days) => new(
    [
        Parts.Title(t.Plural("Plans.Reminder.Title", days)),
        new TextBlock(Parts.Clip(task.Title, 140)) { Weight = TextWeight.Bolder },
        new TextBlock(t.Format("Plans.Task.Due", WorkCalendar.Show(task.Due, t))) { Spacing = Spacing.None },
        new TextBlock(PlanParts.StatusText(t, task)) { IsSubtle = true, Size = TextSize.Small },
    ])
    {
        Actions = [PlanParts.UpdateProgressButton(t, task), new ExecuteAction(t["Button.mytasks"], PlanVerbs.MyTasks)],
        Speak = t.Plural("Plans.Reminder.Title", days),
    };

    /// <summary>A leader's weekly look at their group's overdue and due-soon tasks.</summary>
    public static AdaptiveCard Digest(Texts t, Group group, IReadOnlyList<PlanTaskEntity> overdue, IReadOnlyList<PlanTaskEntity> soon, DateOnly today)
    {
        var body = new List<CardElement>
        {
            Parts.Title(t["Plans.Digest.Title"]),
            new TextBlock(t.Format("Plans.Digest.Summary", group.Name, overdue.Count, soon.Count)) { Spacing = Spacing.None },
        };
        foreach (var (key, tasks, color) in new[] { ("Plans.Count.Overdue", overdue, (TextColor?)TextColor.Attention), ("Plans.Digest.Soon", soon, null) })
        {
            if (tasks.Count > 0)
            {
                body.Add(PlanParts.Section(t[key]));
                body.AddRange(tasks.Take(10).Select(x => new TextBlock($"{Parts.Clip(x.Title, 80)} · {PlanParts.DueText(t, x, today)}") { Size = TextSize.Small, Color = color, Spacing = Spacing.Small }));
                if (tasks.Count > 10)
                {
                    body.Add(new TextBlock(t.Format("List.More", tasks.Count - 10)) { IsSubtle = true, Size = TextSize.Small });
                }
            }
        }

        return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["Button.groupplan"], PlanVerbs.GroupPlan)], Speak = t["Plans.Digest.Title"] };
    }
}
