using System.Globalization;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Plans;

public static partial class PlanCards
{
    private const int TasksPerPage = 6;

    /// <summary>A member's open tasks, soonest due first, each with a button to report progress.</summary>
    public static AdaptiveCard MyTasks(Texts t, IReadOnlyList<PlanTaskEntity> tasks, DateOnly today, int page)
    {
        var open = tasks.Where(x => x.IsOpen).ToList();
        var done = tasks.Count(x => x.Status is PlanTaskStatus.Done);
        var body = new List<CardElement>
        {
            Parts.Title(t["Plans.MyTasks.Title"]),
            new TextBlock(open.Count == 0 ? t["Plans.MyTasks.None"] : t.Format("Plans.MyTasks.Summary", open.Count, done))
                { IsSubtle = true, Spacing = Spacing.None },
        };
        var pages = Math.Max(1, (open.Count + TasksPerPage - 1) / TasksPerPage);
        page = Math.Clamp(page, 0, pages - 1);
        foreach (var task in open.Skip(page * TasksPerPage).Take(TasksPerPage))
        {
            body.Add(new Container(
            [
                new TextBlock(Parts.Clip(task.Title, 140)) { Weight = TextWeight.Bolder },
                new TextBlock(DueText(t, task, today)) { Color = task.IsOverdue(today) ? TextColor.Attention : null, Size = TextSize.Small, Spacing = Spacing.None },
                new TextBlock(StatusText(t, task)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                new ActionSet([new ExecuteAction(t["Plans.UpdateProgress"], PlanVerbs.Progress) { Data = TaskData(task) }]),
            ]) { Separator = true, Spacing = Spacing.Medium });
        }

        return new AdaptiveCard(body) { Actions = Pager(t, PlanVerbs.MyTasks, page, pages, new Dictionary<string, string>()), Speak = t["Plans.MyTasks.Title"] };
    }

    /// <summary>The owner's progress form for one task, with any errors beside their fields and the input kept.</summary>
    public static AdaptiveCard ProgressCard(Texts t, PlanTaskEntity task, ProgressValues values, IReadOnlyDictionary<string, FieldError> errors, DateOnly today, string? notice = null)
    {
        var body = new List<CardElement>
        {
            Parts.Title(t["Plans.Progress.Title"]),
            new TextBlock(Parts.Clip(task.Title, 140)) { Weight = TextWeight.Bolder },
            new TextBlock(DueText(t, task, today)) { Color = task.IsOverdue(today) ? TextColor.Attention : null, Size = TextSize.Small, Spacing = Spacing.None },
        };
        if (task.Description.Length > 0)
        {
            body.Add(new TextBlock(Parts.Clip(task.Description, 300)) { IsSubtle = true, Size = TextSize.Small });
        }

        if ((notice ?? (errors.Count > 0 ? "Report.Form.Fix" : null)) is { } message)
        {
            body.Add(new TextBlock(t[message]) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        Parts.Field(body, t, errors, ProgressForm.Status, new InputChoiceSet
        {
            Label = t["Plans.Field.Status"], IsRequired = true, ErrorMessage = t["Form.Required"], Style = "expanded",
            Choices = new[] { PlanTaskStatus.NotStarted, PlanTaskStatus.InProgress, PlanTaskStatus.Done }
                .Select(s => new Choice(t[$"Plans.Status.{s}"], s.ToString())).ToList(),
            Value = CardData.OrNull(values.Status),
        });
        Parts.Field(body, t, errors, ProgressForm.Percent, new InputNumber
        {
            Label = t["Plans.Field.Percent"], Min = 0, Max = 100, ErrorMessage = t["Plans.Error.Percent"],
            Value = double.TryParse(values.Percent, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : null,
        });
        Parts.Field(body, t, errors, ProgressForm.Note, new InputText
        {
            Label = t["Plans.Field.Note"], IsMultiline = true, MaxLength = ProgressForm.MaxNote, Value = CardData.OrNull(values.Note),
        });
        var data = TaskData(task);
        data[PlanVerbs.ETag] = task.ETag.ToString();
        return new AdaptiveCard(body)
        {
            Actions = [new ExecuteAction(t["Report.Save"], PlanVerbs.ProgressSave) { Data = data }, new ExecuteAction(t["Button.mytasks"], PlanVerbs.MyTasks)],
            Speak = t["Plans.Progress.Title"],
        };
    }

    /// <summary>The task after its owner saved progress: the form is replaced in place by what was recorded.</summary>
    public static AdaptiveCard ProgressSaved(Texts t, PlanTaskEntity task, DateOnly today) => new(
    [
        new TextBlock("✓ " + t["Plans.Progress.Saved"]) { Color = TextColor.Good, Weight = TextWeight.Bolder },
        new TextBlock(Parts.Clip(task.Title, 140)) { Weight = TextWeight.Bolder },
        new TextBlock(DueText(t, task, today)) { Color = task.IsOverdue(today) ? TextColor.Attention : null, Size = TextSize.Small, Spacing = Spacing.None },
        new TextBlock(StatusText(t, task)) { Spacing = Spacing.Small },
    ])
    {
        Actions = [new ExecuteAction(t["Plans.UpdateProgress"], PlanVerbs.Progress) { Data = TaskData(task) }, new ExecuteAction(t["Button.mytasks"], PlanVerbs.MyTasks)],
    };

    public static string DueText(Texts t, PlanTaskEntity task, DateOnly today) =>
        task.IsOverdue(today)
            ? t.Format("Plans.Task.Overdue", WorkCalendar.Show(task.Due, t), today.DayNumber - task.Due.DayNumber)
            : t.Format("Plans.Task.Due", WorkCalendar.Show(task.Due, t));

    public static string StatusText(Texts t, PlanTaskEntity task)
    {
        var status = task.Status is PlanTaskStatus.InProgress
            ? t.Format("Plans.Status.InProgressPercent", task.Percent)
            : t[$"Plans.Status.{task.Status}"];
        return task.Note is { Length: > 0 } note ? $"{status} · {Parts.Clip(note, 80)}" : status;
    }

    private static Dictionary<string, string> TaskData(PlanTaskEntity task) => new() { [PlanVerbs.Task] = task.Key };

    private static List<CardAction>? Pager(Texts t, string verb, int page, int pages, Dictionary<string, string> data)
    {
        if (pages <= 1)
        {
            return null;
        }

        var actions = new List<CardAction>();
        if (page > 0)
        {
            actions.Add(new ExecuteAction(t["Plans.PreviousPage"], verb) { Data = new Dictionary<string, string>(data) { [PlanVerbs.Page] = (page - 1).ToString(CultureInfo.InvariantCulture) } });
        }

        if (page < pages - 1)
        {
            actions.Add(new ExecuteAction(t.Format("Plans.NextPage", page + 2, pages), verb) { Data = new Dictionary<string, string>(data) { [PlanVerbs.Page] = (page + 1).ToString(CultureInfo.InvariantCulture) } });
        }

        return actions;
    }

}
