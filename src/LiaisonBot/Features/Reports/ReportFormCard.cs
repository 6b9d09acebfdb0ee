using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Reports;

/// <summary>
/// What the report form shows: an empty form, a form being corrected, or a report being edited; filled in by its author
/// or, <see cref="Organising"/>, by an organiser recording an activity for the members who took part.
/// </summary>
public sealed record ReportFormState(
    string? FormId,
    string? ReportId,
    string? ETag,
    ReportValues Values,
    IReadOnlyDictionary<string, FieldError> Errors,
    string? Notice = null,
    bool Organising = false)
{
    public static ReportFormState New() => new(Guid.NewGuid().ToString("N"), null, null, ReportValues.Empty, new Dictionary<string, FieldError>());
}

/// <summary>What the author can pick on the form: fellow members who took part, and their own plan tasks.</summary>
public sealed record ReportFormChoices(IReadOnlyList<Member> Fellows, IReadOnlyList<Choice> Tasks)
{
    public static ReportFormChoices None { get; } = new([], []);

    /// <summary>
    /// Fellow members, and the open tasks of the year of the form's date (of every year a report may be in while it has
    /// none), each named with its year; plus the task already chosen, even if done or of another year, so that an error
    /// beside it can say why.
    /// </summary>
    public static ReportFormChoices For(Caller caller, IReadOnlyList<AuthorTask> tasks, ReportValues values)
    {
        var year = CardData.Date(values.Date)?.Year;
        return new(
            caller.Roster.MembersOf(caller.Member.GroupCode ?? "").Where(m => m.Code != caller.Member.Code).ToList(),
            tasks.Where(t => (t.IsOpen && (year is null || t.Year == year)) || t.Key == values.Task)
                .Select(t => new Choice($"{t.Year} · {Parts.Clip(t.Title, 60)}", t.Key)).ToList());
    }
}

/// <summary>The report form, new or being edited; filing and editing both show it.</summary>
public static class ReportFormCard
{
    public static AdaptiveCard Build(Texts t, ReportFormState form, ReportFormChoices choices, WorkCalendar calendar)
    {
        var editing = form.ReportId is not null;
        var title = t[editing ? "Report.Form.EditTitle" : form.Organising ? "Report.Form.OrganiserTitle" : "Report.Form.Title"];
        var body = new List<CardElement> { Parts.Title(title) };
        if (form.Organising)
        {
            body.Add(new TextBlock(t["Report.Form.OrganiserHint"]) { IsSubtle = true, Spacing = Spacing.None });
        }

        var notice = form.Notice ?? (form.Errors.Count > 0 ? "Report.Form.Fix" : null);
        if (notice is not null)
        {
            body.Add(new TextBlock(t[notice]) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        var v = form.Values;
        Parts.Field(body, t, form.Errors, ReportForm.Kind, new InputChoiceSet
        {
            Label = t["Report.Field.Type"],
            IsRequired = true,
            ErrorMessage = t["Form.Required"],
            Placeholder = t["Report.Placeholder.Choose"],
            Style = "compact",
            Choices = Enum.GetValues<ActivityKind>().Select(k => new Choice(k.Name(t), k.ToString())).ToList(),
            Value = ActivityKinds.Parse(v.Kind)?.ToString(),
        });
        Parts.Field(body, t, form.Errors, ReportForm.Title, new InputText
        {
            Label = t["Report.Field.Title"],
            IsRequired = true,
            ErrorMessage = t["Form.Required"],
            MaxLength = ReportForm.MaxTitle,
            Placeholder = t["Report.Placeholder.Title"],
            Value = CardData.OrNull(v.Title),
        });
        Parts.Field(body, t, form.Errors, ReportForm.Date, new InputDate
        {
            Label = t["Report.Field.Date"],
            IsRequired = true,
            ErrorMessage = t.Format("Report.Error.DateInput", calendar.EarliestReportDate.Year),
            Min = WorkCalendar.Iso(calendar.EarliestReportDate),
            Max = WorkCalendar.Iso(calendar.Today),
            Value = CardData.OrNull(v.Date),
        });
        Parts.Field(body, t, form.Errors, ReportForm.Place, new InputText { Label = t["Report.Field.Place"], MaxLength = ReportForm.MaxPlace, Value = CardData.OrNull(v.Place) });
        Parts.Field(body, t, form.Errors, ReportForm.Description, new InputText
        {
            Label = t["Report.Field.Description"],
            IsRequired = true,
            ErrorMessage = t["Form.Required"],
            IsMultiline = true,
            MaxLength = ReportForm.MaxDescription,
            Value = CardData.OrNull(v.Description),
        });
        Parts.Field(body, t, form.Errors, ReportForm.Outcome, new InputText
        {
            Label = t["Report.Field.Outcome"],
            IsMultiline = true,
            MaxLength = ReportForm.MaxOutcome,
            Value = CardData.OrNull(v.Outcome),
        });
        if (choices.Tasks.Count > 0)
        {
            Parts.Field(body, t, form.Errors, ReportForm.Task, new InputChoiceSet
            {
                Label = t["Report.Field.Task"],
                Style = "compact",
                Placeholder = t["Report.Placeholder.NoTask"],
                Choices = choices.Tasks,
                Value = CardData.OrNull(v.Task),
            });
            body.Add(new TextBlock(t["Report.Field.TaskRule"]) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        }

        var fellows = choices.Fellows;
        if (fellows.Count > 0)
        {
            Parts.Field(body, t, form.Errors, ReportForm.Participants, new InputChoiceSet
            {
                Label = t[form.Organising ? "Report.Field.Members" : "Report.Field.Participants"],
                IsRequired = form.Organising,
                ErrorMessage = form.Organising ? t["Form.Required"] : null,
                IsMultiSelect = true,
                Style = "compact",
                Placeholder = t["Report.Placeholder.Choose"],
                Choices = fellows.Select(m => new Choice(m.Name, m.Code)).ToList(),
                Value = CardData.OrNull(v.Participants),
            });
        }

        var data = editing
            ? new Dictionary<string, string> { [ReportVerbs.ReportId] = form.ReportId!, [ReportVerbs.ETag] = form.ETag ?? "" }
            : new Dictionary<string, string> { [ReportVerbs.FormId] = form.FormId! };
        var submit = form.Organising ? ReportVerbs.Record : ReportVerbs.Submit;
        var actions = new List<CardAction> { new ExecuteAction(t[editing ? "Report.Save" : "Report.Submit"], submit) { Data = data } };
        if (editing)
        {
            actions.Add(new ExecuteAction(t["Report.Cancel"], ReportVerbs.Open)
            {
                Data = new Dictionary<string, string> { [ReportVerbs.ReportId] = form.ReportId! },
                AssociatedInputs = "none",
            });
        }

        return new AdaptiveCard(body)
        {
            Actions = actions,
            Speak = title,
        };
    }
}
