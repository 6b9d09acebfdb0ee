using System.Globalization;
using System.Text.Json;
using LiaisonBot.Cards;

namespace LiaisonBot.Features.Plans;

/// <summary>An owner's progress on a task: state, percent done and a short note, read from untrusted card data.</summary>
public static class ProgressForm
{
    public const string Status = "status";
    public const string Percent = "percent";
    public const string Note = "note";

    public const int MaxNote = 200;

    public static FormInput<ProgressValues, TaskProgress> Read(JsonElement? data)
    {
        var values = new ProgressValues(CardData.Text(data, Status, 40), CardData.Text(data, Percent, 40), CardData.Text(data, Note, MaxNote + 100, multiline: true));
        var errors = new Dictionary<string, FieldError>();
        var status = Enum.TryParse<PlanTaskStatus>(values.Status, out var s) && s is not PlanTaskStatus.Cancelled ? s : (PlanTaskStatus?)null;
        if (status is null)
        {
            errors[Status] = new(values.Status.Length == 0 ? "Form.Required" : "Report.Error.Choice");
        }

        // Done means 100 % and not started 0 %, whatever the number field said: only work in progress has its own figure.
        var percent = status switch { PlanTaskStatus.Done => 100, PlanTaskStatus.NotStarted => 0, _ => -1 };
        if (status is PlanTaskStatus.InProgress)
        {
            if (values.Percent.Length == 0)
            {
                errors[Percent] = new("Form.Required");
            }
            else if (!double.TryParse(values.Percent, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) || p is < 0 or > 100 || p != Math.Floor(p))
            {
                errors[Percent] = new("Plans.Error.Percent");
            }
            else
            {
                percent = (int)p;
            }
        }

        errors.CheckLength(Note, values.Note, MaxNote, required: false);
        return FormInput<ProgressValues, TaskProgress>.Checked(values, errors, () => new TaskProgress(status!.Value, percent, CardData.OrNull(values.Note)));
    }

    public static ProgressValues ValuesOf(PlanTaskEntity task) =>
        new(task.Progress, task.Percent.ToString(CultureInfo.InvariantCulture), task.Note ?? "");
}

public sealed record TaskProgress(PlanTaskStatus Status, int Percent, string? Note);

public sealed record ProgressValues(string Status, string Percent, string Note);
