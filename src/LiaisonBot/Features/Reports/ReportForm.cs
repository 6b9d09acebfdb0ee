using System.Text.Json;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;

namespace LiaisonBot.Features.Reports;

/// <summary>
/// Reads and checks what the report card sent. Card data is untrusted: any field may be missing, of the wrong JSON type,
/// huge or full of control characters; the result is a draft, or a message per field with the input kept for redisplay.
/// </summary>
public static class ReportForm
{
    public const string Kind = "type";
    public const string Title = "title";
    public const string Date = "date";
    public const string Place = "place";
    public const string Description = "description";
    public const string Outcome = "outcome";
    public const string Participants = "participants";
    public const string Task = "task";

    public const int MaxTitle = 100;
    public const int MaxPlace = 100;
    public const int MaxDescription = 2000;
    public const int MaxOutcome = 1000;
    public const int MaxParticipants = 30;

    /// <summary>How much of an over-long input is kept to show back: enough to edit, never enough to break the card.</summary>
    private const int RedisplaySlack = 200;

    /// <param name="tasks">The plan tasks the author may file this report for (their own), with the year of each.</param>
    public static FormInput<ReportValues, ReportDraft> Read(JsonElement? data, Member author, Committee roster, WorkCalendar calendar, IReadOnlyList<AuthorTask> tasks) =>
        Read(data, new Participation([.. roster.MembersOf(author.GroupCode ?? "").Where(m => m.Code != author.Code)], Required: false, MaxParticipants, "Report.Error.Participants"),
            roster, calendar, tasks);

    /// <param name="who">Who may be named as taking part, whether someone must be, and how many at most.</param>
    public static FormInput<ReportValues, ReportDraft> Read(JsonElement? data, Participation who, Committee roster, WorkCalendar calendar, IReadOnlyList<AuthorTask> tasks)
    {
        var values = new ReportValues(
            CardData.Text(data, Kind, 40), CardData.Text(data, Title, MaxTitle + RedisplaySlack), CardData.Text(data, Date, 40),
            CardData.Text(data, Place, MaxPlace + RedisplaySlack), CardData.Text(data, Description, MaxDescription + RedisplaySlack, multiline: true),
            CardData.Text(data, Outcome, MaxOutcome + RedisplaySlack, multiline: true), CardData.Text(data, Participants, 2000),
            CardData.Text(data, Task, 200));
        var errors = new Dictionary<string, FieldError>();

        var kind = ActivityKinds.Parse(values.Kind);
        if (kind is null)
        {
            errors[Kind] = new(values.Kind.Length == 0 ? "Form.Required" : "Report.Error.Choice");
        }

        errors.CheckLength(Title, values.Title, MaxTitle, required: true);
        errors.CheckLength(Place, values.Place, MaxPlace, required: false);
        errors.CheckLength(Description, values.Description, MaxDescription, required: true);
        errors.CheckLength(Outcome, values.Outcome, MaxOutcome, required: false);

        var date = CardData.Date(values.Date);
        if (values.Date.Length == 0)
        {
            errors[Date] = new("Form.Required");
        }
        else if (date is null)
        {
            errors[Date] = new("Report.Error.DateFormat");
        }
        else if (date > calendar.Today)
        {
            errors[Date] = new("Report.Error.DateFuture");
        }
        else if (date < calendar.EarliestReportDate)
        {
            errors[Date] = new("Report.Error.DateOld", calendar.EarliestReportDate.Year);
        }

        var participants = CardData.List(values.Participants).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var allowed = who.Members.Select(m => m.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (participants.Count == 0 && who.Required)
        {
            errors[Participants] = new("Form.Required");
        }
        else if (participants.Count > who.Max || participants.Any(p => !allowed.Contains(p)))
        {
            errors[Participants] = new(who.Refusal);
        }

        var task = tasks.FirstOrDefault(t => t.Key == values.Task);
        if (values.Task.Length > 0 && task is null)
        {
            errors[Task] = new("Report.Error.Task");
        }
        else if (task is not null && date is { } day && day.Year != task.Year)
        {
            // A task's evidence is the reports of its plan's year; a report of another year would silently not count.
            errors[Task] = new("Report.Error.TaskYear", task.Year);
        }

        return FormInput<ReportValues, ReportDraft>.Checked(values, errors, () => new ReportDraft(kind!.Value, values.Title, date!.Value,
            CardData.OrNull(values.Place), values.Description, CardData.OrNull(values.Outcome), participants.Select(p => roster.ByCode(p)!.Code).ToList(),
            task is null ? null : new ReportTask(task.Key, task.Title)));
    }
}

/// <summary>Who a form may name as taking part: the author's fellow members, or everyone an organiser records for.</summary>
public sealed record Participation(IReadOnlyList<Member> Members, bool Required, int Max, string Refusal);

/// <summary>The form's fields as strings, exactly as they will be shown again.</summary>
public sealed record ReportValues(string Kind, string Title, string Date, string Place, string Description, string Outcome, string Participants, string Task = "")
{
    public static ReportValues Empty { get; } = new("", "", "", "", "", "", "");
}
