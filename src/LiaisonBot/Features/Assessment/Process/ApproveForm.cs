using System.Text.Json;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Assessment.Process;

/// <summary>The chairman's meeting's decision that approves the results (主席会议): its title or number, and its day.</summary>
public sealed record Decision(string Text, DateOnly Date);

/// <summary>The approval form: the decision and its date, both required; the date a real day, not after today.</summary>
public static class ApproveForm
{
    public const string DecisionField = "decision";
    public const string DateField = "decisionDate";

    public static Dictionary<string, string> Defaults(WorkCalendar calendar) => new() { [DateField] = WorkCalendar.Iso(calendar.Today) };

    public static FormInput<Dictionary<string, string>, Decision> Read(JsonElement? data, WorkCalendar calendar)
    {
        var text = CardData.Text(data, DecisionField, ProcessParts.MaxText * 3);
        var typed = CardData.Text(data, DateField, 20);
        var errors = new Dictionary<string, FieldError>();
        errors.CheckLength(DecisionField, text, ProcessParts.MaxText, required: true);
        var date = CardData.Date(typed);
        if (date is null || date > calendar.Today)
        {
            errors[DateField] = new FieldError("Assessment.Error.DecisionDate");
        }

        return FormInput<Dictionary<string, string>, Decision>.Checked(new() { [DecisionField] = text, [DateField] = typed }, errors, () => new Decision(text, date!.Value));
    }

    public static AdaptiveCard Card(Texts t, int year, IReadOnlyList<GroupAssessmentEntity> rows, IReadOnlyDictionary<string, string> values,
        IReadOnlyDictionary<string, FieldError> errors)
    {
        var (submitted, reviewed) = (rows.Count(r => r.Self == SelfEvaluationState.Submitted), rows.Count(r => r.ReviewedAt is not null));
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("Assessment.Approve.Title", year)),
            new TextBlock(t.Format("Assessment.Review.Count", rows.Count, submitted, reviewed)) { IsSubtle = true, Spacing = Spacing.None },
        };
        if (reviewed < rows.Count)
        {
            body.Add(new Container([new TextBlock(t["Assessment.Approve.NotAllReviewed"])]) { Style = ContainerStyle.Warning });
        }

        body.Add(new TextBlock(t["Assessment.Approve.Body"]) { Size = TextSize.Small });
        Parts.Field(body, t, errors, DecisionField, new InputText
        {
            Label = t["Assessment.Approve.Decision"],
            Placeholder = t["Assessment.Approve.DecisionHint"],
            IsRequired = true,
            ErrorMessage = t["Form.Required"],
            MaxLength = ProcessParts.MaxText,
            Value = CardData.OrNull(values.GetValueOrDefault(DecisionField) ?? ""),
        });
        Parts.Field(body, t, errors, DateField, new InputDate
        {
            Label = t["Assessment.Approve.Date"],
            IsRequired = true,
            ErrorMessage = t["Assessment.Error.DecisionDate"],
            Value = CardData.OrNull(values.GetValueOrDefault(DateField) ?? ""),
        });
        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction(t["Assessment.Approve.Confirm"], AssessmentVerbs.ApproveConfirm) { Data = ProcessParts.Data(year) },
                new ExecuteAction(t["Report.Cancel"], AssessmentVerbs.Home) { Data = ProcessParts.Data(year), AssociatedInputs = "none" },
            ],
            Speak = t.Format("Assessment.Approve.Title", year),
        };
    }
}
