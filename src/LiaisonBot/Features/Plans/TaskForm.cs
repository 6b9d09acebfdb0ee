using System.Text.Json;
using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Features.Plans.Import;
using LiaisonBot.Features.Plans.Publishing;

namespace LiaisonBot.Features.Plans;

/// <summary>The secretariat's card for adding or changing one task, read from untrusted card data.</summary>
public static class TaskForm
{
    public const string Title = "title";
    public const string Description = "description";
    public const string Outcome = "outcome";
    public const string Due = "due";
    public const string Owners = "owners";
    public const string PlanItem = "planItem";

    // The same limits as a workbook row, so a task saved by card could also have come from a file.
    public static int MaxTitle => PlanFileLimits.Default.MaxTitle;
    public static int MaxDescription => PlanFileLimits.Default.MaxDescription;
    public static int MaxOutcome => PlanFileLimits.Default.MaxOutcome;
    public static int MaxPlanItem => PlanFileLimits.Default.MaxItem;

    private const int RedisplaySlack = 200;

    public static FormInput<TaskValues, TaskContent> Read(JsonElement? data, int year, string groupCode, Committee roster)
    {
        var values = new TaskValues(
            CardData.Text(data, Title, MaxTitle + RedisplaySlack), CardData.Text(data, Description, MaxDescription + RedisplaySlack, multiline: true),
            CardData.Text(data, Outcome, MaxOutcome + RedisplaySlack, multiline: true), CardData.Text(data, Due, 40),
            CardData.Text(data, Owners, 2000), CardData.Text(data, PlanItem, MaxPlanItem + RedisplaySlack));
        var errors = new Dictionary<string, FieldError>();
        errors.CheckLength(Title, values.Title, MaxTitle, required: true);
        errors.CheckLength(Description, values.Description, MaxDescription, required: false);
        errors.CheckLength(Outcome, values.Outcome, MaxOutcome, required: false);
        errors.CheckLength(PlanItem, values.PlanItem, MaxPlanItem, required: false);

        var due = CardData.Date(values.Due);
        if (values.Due.Length == 0)
        {
            errors[Due] = new("Form.Required");
        }
        else if (due is null)
        {
            errors[Due] = new("Report.Error.DateFormat");
        }
        else if (due.Value.Year != year)
        {
            errors[Due] = new("Plans.Error.DueYear", year);
        }

        var group = roster.MembersOf(groupCode).ToDictionary(m => m.Code, StringComparer.OrdinalIgnoreCase);
        var owners = CardData.List(values.Owners).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (owners.Any(o => !group.ContainsKey(o)))
        {
            errors[Owners] = new("Plans.Error.Owners");
        }

        return FormInput<TaskValues, TaskContent>.Checked(values, errors, () => new TaskContent(values.Title, values.Description, values.Outcome, due!.Value,
            owners.Select(o => group[o].Code).ToList(), CardData.OrNull(values.PlanItem)));
    }

    public static TaskValues ValuesOf(PlanTaskEntity task) =>
        new(task.Title, task.Description, task.Outcome, task.DueDate, task.Owners.Replace(';', ','), task.PlanItem ?? "");
}

public sealed record TaskValues(string Title, string Description, string Outcome, string Due, string Owners, string PlanItem)
{
    public static TaskValues Empty { get; } = new("", "", "", "", "", "");
}
