using Azure;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Plans.Import;
using LiaisonBot.Features.Plans.Publishing;
using LiaisonBot.Features.Plans.Reminders;
using LiaisonBot.Features.Reports;
using LiaisonBot.Localization;
using LiaisonBot.Spreadsheets;
using LiaisonBot.Tests.Cards;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LiaisonBot.Tests.Features.Plans;

/// <summary>Every plan card, with the biggest plan a workbook allows: long texts, 100 tasks in a group, 24 groups.</summary>
public sealed class PlanCardSamples : ICardSamples
{
    private static readonly DateOnly Today = new(2027, 7, 7);

    private static readonly WorkCalendar Calendar =
        new(new FakeTimeProvider(new DateTimeOffset(2027, 7, 7, 10, 0, 0, TimeSpan.FromHours(8))), Options.Create(new CalendarOptions()));

    public IEnumerable<(string Name, AdaptiveCard Card)> Samples(Texts t)
    {
        var roster = SampleRoster.Roster;
        var group = roster.Group("T01")!;
        var plan = BigPlan();
        var tasks = Enumerable.Range(1, 100).Select(Task).ToList();
        var items = tasks.Select((x, i) => new PlanItem(x, (PlanChange)(i % 5))).ToList();
        var evidence = tasks.ToDictionary(x => x.Key, x => Enumerable.Range(0, 9).Select(n => new FiledActivity($"M{n:000}", $"委员{n}", ActivityKind.Research, Today, x.Key)).ToList());
        var view = new GroupPlanView(plan, group, tasks, evidence, Calendar, ForSecretariat: true, "Plans.TaskEdit.Saved");
        var rows = roster.Groups.Select((g, i) => new PlanRow(g, i % 3 == 0 ? null : plan, tasks)).ToList();
        var taskErrors = new[] { TaskForm.Title, TaskForm.Description, TaskForm.Outcome, TaskForm.Due, TaskForm.Owners, TaskForm.PlanItem }
            .ToDictionary(f => f, _ => new FieldError("Form.TooLong", 100, 300));
        var worstTask = new TaskValues(new string('任', 300), new string('述', 1200), new string('果', 500), "2027-13-01", "M004,M999", new string('项', 400));
        var progressErrors = new[] { ProgressForm.Status, ProgressForm.Percent, ProgressForm.Note }.ToDictionary(f => f, _ => new FieldError("Plans.Error.Percent"));
        var errors = Enumerable.Range(2, 50).Select(r => new SheetError("tasks", r, "Plans.Error.Owners")).ToList();

        yield return ("received-first", ReceivedPlan.Card(t, plan, group, items.Select(i => i with { Change = PlanChange.None }).ToList(), header: true, first: true));
        yield return ("received-update", ReceivedPlan.Card(t, plan, group, items, header: true, first: false));
        yield return ("received-nothing-for-you", ReceivedPlan.Card(t, plan, group, [], header: true, first: false));
        yield return ("my-tasks", MyTasks.Card(t, 2027, tasks, Calendar, 0));
        yield return ("my-tasks-last-page", MyTasks.Card(t, 2026, tasks, Calendar, 99));
        yield return ("my-tasks-none", MyTasks.Card(t, 2027, [], Calendar, 0));
        yield return ("progress-form", UpdateProgress.Card(t, tasks[0], ProgressForm.ValuesOf(tasks[0]), new Dictionary<string, FieldError>(), Today));
        yield return ("progress-form-errors", UpdateProgress.Card(t, tasks[0], new ProgressValues("Bogus", "140", new string('注', 300)), progressErrors, Today, "Plans.Progress.Changed"));
        yield return ("progress-saved", UpdateProgress.Saved(t, tasks[1], Today));
        yield return ("group-plan-secretariat", GroupPlan.Card(t, view, roster, 0));
        yield return ("group-plan-leader-page-3", GroupPlan.Card(t, view with { ForSecretariat = false, Notice = null }, roster, 2));
        yield return ("overview-24-groups", PlansOverview.Card(t, 2027, rows, Today, "https://bot.example.cn/plans/template.xlsx"));
        yield return ("overview-empty", PlansOverview.Card(t, 2027, roster.Groups.Select(g => new PlanRow(g, null, [])).ToList(), Today, null));
        yield return ("task-new", EditTask.Card(t, new TaskEditState(2027, group, null, TaskValues.Empty, new Dictionary<string, FieldError>()), [.. roster.MembersOf("T01")]));
        yield return ("task-edit-errors", EditTask.Card(t, new TaskEditState(2027, group, tasks[0], worstTask, taskErrors, "Plans.TaskEdit.Stale"), [.. roster.MembersOf("T01")]));
        yield return ("import-failed", PlanUpload.Card(t, new string('表', 200) + ".xlsx", new PlanFileRead(null, errors), null));
        yield return ("import-done", PlanUpload.Card(t, "2027年度计划.xlsx", new PlanFileRead(new PlanWorkbook(2027, [], []), []), new PlanImportResult(2027, 24, 24, 96, 0, 0, 0)));
        yield return ("published", PublishPlans.Card(t, roster.Groups.Select(g => new Publication(g.Code, 6, 2, "job")).ToList(), roster));
        yield return ("published-nothing", PublishPlans.Card(t, [new Publication("T01", 0, 0, null)], roster));
        yield return ("reminder", ReminderCards.Reminder(t, tasks[0], 7));
        yield return ("digest", ReminderCards.Digest(t, group, tasks.Take(40).ToList(), tasks.Skip(40).ToList(), Today));
        yield return ("message", PlanNotice.Card(t, "Plans.NoPlan", 2027));
    }

    private static PlanEntity BigPlan() => new()
    {
        PartitionKey = "2027",
        RowKey = "T01",
        Goals = new string('标', 1000),
        Learning = PlanEntity.JoinLines(Enumerable.Range(0, 12).Select(_ => new string('学', 200))),
        Methods = PlanEntity.JoinLines(Enumerable.Range(0, 12).Select(_ => new string('法', 200))),
        Requirements = new string('求', 1000),
        State = nameof(PlanState.Published),
        Revision = 3,
        PublishedRevision = 2,
    };

    private static PlanTaskEntity Task(int n)
    {
        var task = PlanTasks.New(2027, "T01", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        PlanTasks.Apply(task, new TaskContent(new string('任', 100), new string('述', 1000), new string('果', 300),
            new DateOnly(2027, 1 + (n % 12), 28), n % 2 == 0 ? [] : ["M002", "M003", "M004", "M005", "M006"], new string('项', 200)));
        (task.Progress, task.Percent, task.Note, task.Revision, task.PublishedRevision) = (n % 3 == 0 ? "InProgress" : "NotStarted", 40, new string('注', 200), 1, 1);
        task.ETag = new ETag("W/\"datetime'2027-07-07T02%3A00%3A00.0000000Z'\"");
        return task;
    }
}
