using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Plans;

/// <summary>The secretariat's task card: a new task for a group's plan, or an existing one (by its key and ETag).</summary>
public sealed record TaskEditState(int Year, Group Group, PlanTaskEntity? Task, TaskValues Values, IReadOnlyDictionary<string, FieldError> Errors, string? Notice = null);

public static partial class PlanCards
{
    public static AdaptiveCard TaskEdit(Texts t, TaskEditState form, IReadOnlyList<Member> members)
    {
        var v = form.Values;
        var body = new List<CardElement>
        {
            Parts.Title(t[form.Task is null ? "Plans.TaskEdit.New" : "Plans.TaskEdit.Edit"]),
            new TextBlock(t.Format("Plans.Group.Title", form.Group.Name, form.Year)) { IsSubtle = true, Spacing = Spacing.None },
        };
        if ((form.Notice ?? (form.Errors.Count > 0 ? "Report.Form.Fix" : null)) is { } notice)
        {
            body.Add(new TextBlock(t[notice]) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        var errors = form.Errors;
        Parts.Field(body, t, errors, TaskForm.Title, new InputText
            { Label = t["Plans.Field.Title"], IsRequired = true, ErrorMessage = t["Form.Required"], MaxLength = TaskForm.MaxTitle, Value = CardData.OrNull(v.Title) });
        Parts.Field(body, t, errors, TaskForm.Description, new InputText
            { Label = t["Plans.Field.Description"], IsMultiline = true, MaxLength = TaskForm.MaxDescription, Value = CardData.OrNull(v.Description) });
        Parts.Field(body, t, errors, TaskForm.Outcome, new InputText
            { Label = t["Plans.Field.Outcome"], IsMultiline = true, MaxLength = TaskForm.MaxOutcome, Value = CardData.OrNull(v.Outcome) });
        Parts.Field(body, t, errors, TaskForm.Due, new InputDate
        {
            Label = t["Plans.Field.Due"], IsRequired = true, ErrorMessage = t["Report.Error.DateFormat"],
            Min = $"{form.Year.ToString(CultureInfo.InvariantCulture)}-01-01", Max = $"{form.Year.ToString(CultureInfo.InvariantCulture)}-12-31", Value = CardData.OrNull(v.Due),
        });
        Parts.Field(body, t, errors, TaskForm.Owners, new InputChoiceSet
        {
            Label = t["Plans.Field.Owners"], IsMultiSelect = true, Style = "compact", Placeholder = t["Plans.WholeGroup"],
            Choices = members.Select(m => new Choice(m.Name, m.Code)).ToList(), Value = CardData.OrNull(v.Owners),
        });
        Parts.Field(body, t, errors, TaskForm.PlanItem, new InputText
            { Label = t["Plans.Field.PlanItem"], MaxLength = TaskForm.MaxPlanItem, Value = CardData.OrNull(v.PlanItem) });

        var data = form.Task is { } task
            ? new Dictionary<string, string> { [PlanVerbs.Task] = task.Key, [PlanVerbs.ETag] = task.ETag.ToString() }
            : new Dictionary<string, string> { [PlanVerbs.Group] = form.Group.Code, [PlanVerbs.Year] = form.Year.ToString(CultureInfo.InvariantCulture) };
        var actions = new List<CardAction> { new ExecuteAction(t["Report.Save"], PlanVerbs.SaveTask) { Data = data } };
        if (form.Task is not null)
        {
            actions.Add(new ExecuteAction(t["Plans.CancelTask"], PlanVerbs.CancelTask) { Data = data, AssociatedInputs = "none" });
        }

        return new AdaptiveCard(body) { Actions = actions, Speak = t[form.Task is null ? "Plans.TaskEdit.New" : "Plans.TaskEdit.Edit"] };
    }
}
