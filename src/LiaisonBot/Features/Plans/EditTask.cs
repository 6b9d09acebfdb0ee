using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Plans.Publishing;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Plans;

/// <summary>The secretariat's task card: a new task for a group's plan, or an existing one (by its key and ETag).</summary>
public sealed record TaskEditState(int Year, Group Group, PlanTaskEntity? Task, TaskValues Values, IReadOnlyDictionary<string, FieldError> Errors, string? Notice = null);

/// <summary>
/// The secretariat adds a task to a group's plan, changes one, or cancels one. Members learn of it when the plan is next
/// published; a change saved meanwhile by someone else (an owner's progress, another secretary) is never overwritten.
/// </summary>
public sealed class EditTask(PlanStore store, GroupPlan groupPlan, WorkCalendar calendar)
{
    private static readonly IReadOnlyDictionary<string, FieldError> NoErrors = new Dictionary<string, FieldError>();

    public async Task<AdaptiveCard> EditAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (turn.ActionString(PlanVerbs.Task) is not null)
        {
            return await TaskOnCardAsync(turn, caller, ct).OrAsync(() => NotFound(caller.Texts), found => found.Task.Cancelled
                ? NotFound(caller.Texts)
                : Card(caller.Texts, new TaskEditState(found.Task.PlanYear, found.Group, found.Task, TaskForm.ValuesOf(found.Task), NoErrors), Members(caller, found.Group)));
        }

        return await PlanOnCardAsync(turn, caller, ct) is { } plan && caller.Roster.Group(plan.GroupCode) is { } group
            ? Card(caller.Texts, new TaskEditState(plan.Year, group, null, TaskValues.Empty, NoErrors), Members(caller, group))
            : PlanNotice.Card(caller.Texts, "Plans.NoPlan", PlanYear.Of(turn, calendar));
    }

    /// <summary>Adds or changes a task. Members learn of it when the plan is next published.</summary>
    public async Task<AdaptiveCard> SaveAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var existing = await store.TaskOnCardAsync(turn, ct);
        var plan = existing is null ? await PlanOnCardAsync(turn, caller, ct) : await store.FindPlanAsync(existing.PlanYear, existing.GroupCode, ct);
        if (plan is null || caller.Roster.Group(plan.GroupCode) is not { } group || existing is { Cancelled: true })
        {
            return NotFound(caller.Texts);
        }

        var members = Members(caller, group);
        var input = TaskForm.Read(turn.ActionData, plan.Year, group.Code, caller.Roster);
        if (input.Draft is not { } content)
        {
            return Card(caller.Texts, new TaskEditState(plan.Year, group, existing, input.Values, input.Errors), members);
        }

        if (existing is not null && existing.ETag.ToString() != turn.ActionString(PlanVerbs.ETag))
        {
            return Card(caller.Texts, new TaskEditState(plan.Year, group, existing, input.Values, NoErrors, "Plans.TaskEdit.Stale"), members);
        }

        var task = existing ?? PlanTasks.New(plan.Year, group.Code, TaskNumbers.Next((await store.TasksAsync(group.Code, plan.Year, ct)).Select(x => x.No)));
        if (PlanTasks.Apply(task, content))
        {
            task.Revision++;
            task.UpdatedAt = calendar.Now;
            if (!await store.TrySaveAsync(task, ct))
            {
                var current = await store.FindTaskAsync(task.Key, ct);
                return Card(caller.Texts, new TaskEditState(plan.Year, group, current, input.Values, NoErrors, "Plans.TaskEdit.Stale"), members);
            }
        }

        return await groupPlan.CardAsync(caller, group, plan.Year, forSecretariat: true, 0, "Plans.TaskEdit.Saved", ct);
    }

    public Task<AdaptiveCard> CancelAsync(Turn turn, Caller caller, CancellationToken ct) =>
        TaskOnCardAsync(turn, caller, ct).OrAsync(() => NotFound(caller.Texts), found => CancelAsync(caller, found, ct));

    private async Task<AdaptiveCard> CancelAsync(Caller caller, TaskInGroup found, CancellationToken ct)
    {
        var task = found.Task;
        if (!task.Cancelled)
        {
            task.Cancelled = true;
            task.Revision++;
            task.UpdatedAt = calendar.Now;
            if (!await store.TrySaveAsync(task, ct))
            {
                return PlanNotice.Card(caller.Texts, "Plans.TaskEdit.Stale");
            }
        }

        return await groupPlan.CardAsync(caller, found.Group, task.PlanYear, forSecretariat: true, 0, "Plans.TaskEdit.Cancelled", ct);
    }

    /// <summary>A task and its group, as long as the group is still on the roster.</summary>
    private sealed record TaskInGroup(PlanTaskEntity Task, Group Group);

    private async Task<TaskInGroup?> TaskOnCardAsync(Turn turn, Caller caller, CancellationToken ct) =>
        await store.TaskOnCardAsync(turn, ct) is { } task && caller.Roster.Group(task.GroupCode) is { } group ? new TaskInGroup(task, group) : null;

    /// <summary>The plan a "new task" card is for: its group and year come from the card.</summary>
    private async Task<PlanEntity?> PlanOnCardAsync(Turn turn, Caller caller, CancellationToken ct) =>
        caller.Roster.Group(turn.ActionString(PlanVerbs.Group)) is { } group ? await store.FindPlanAsync(PlanYear.Of(turn, calendar), group.Code, ct) : null;

    private static List<Member> Members(Caller caller, Group group) => [.. caller.Roster.MembersOf(group.Code)];

    private static AdaptiveCard NotFound(Texts t) => PlanNotice.Card(t, "Plans.TaskNotFound");

    public static AdaptiveCard Card(Texts t, TaskEditState form, IReadOnlyList<Member> members)
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
            Label = t["Plans.Field.Due"],
            IsRequired = true,
            ErrorMessage = t["Report.Error.DateFormat"],
            Min = $"{form.Year.ToString(CultureInfo.InvariantCulture)}-01-01",
            Max = $"{form.Year.ToString(CultureInfo.InvariantCulture)}-12-31",
            Value = CardData.OrNull(v.Due),
        });
        Parts.Field(body, t, errors, TaskForm.Owners, new InputChoiceSet
        {
            Label = t["Plans.Field.Owners"],
            IsMultiSelect = true,
            Style = "compact",
            Placeholder = t["Plans.WholeGroup"],
            Choices = members.Select(m => new Choice(m.Name, m.Code)).ToList(),
            Value = CardData.OrNull(v.Owners),
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
