using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Plans;

/// <summary>The secretariat's side of plans: the year's overview, any group's plan, publishing, and editing one task.</summary>
public sealed class PlanAdminCommands(PlanStore store, PlanCommands plans, PlanPublisher publisher, WorkCalendar calendar, IHttpContextAccessor http)
{
    public static readonly CommandInfo PlansCommand = new(PlanVerbs.Plans, Roles.Secretariat);

    public const string TemplatePath = "/plans/template.xlsx";

    public async Task<AdaptiveCard> OverviewAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var year = Year(turn);
        var byGroup = (await store.PlansAsync(year, ct)).ToDictionary(p => p.GroupCode);
        var tasks = (await store.YearTasksAsync(year, ct)).ToLookup(x => x.GroupCode);
        var rows = caller.Roster.Groups.Select(g => new PlanRow(g, byGroup.GetValueOrDefault(g.Code), [.. tasks[g.Code]])).ToList();
        return PlanCards.Overview(caller.Texts, year, rows, calendar.Today, TemplateUrl());
    }

    public async Task<AdaptiveCard> ViewAsync(Turn turn, Caller caller, CancellationToken ct) =>
        caller.Roster.Group(turn.ActionString(PlanVerbs.Group)) is { } group
            ? await plans.GroupPlanCardAsync(caller, group, Year(turn), forSecretariat: true, PlanCommands.Page(turn), null, ct)
            : PlanCards.Message(caller.Texts, "Plans.NoPlan", Year(turn));

    /// <summary>Publishes one group's plan, or every plan of the year with something new to send.</summary>
    public async Task<AdaptiveCard> PublishAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var year = Year(turn);
        var which = turn.ActionString(PlanVerbs.Group);
        var groups = which == PlanVerbs.AllGroups
            ? (await store.PlansAsync(year, ct)).Select(p => p.GroupCode).ToList()
            : caller.Roster.Group(which) is { } one ? [one.Code] : [];
        var done = new List<Publication>();
        foreach (var group in groups)
        {
            if (await publisher.PublishAsync(year, group, caller.Roster, ct) is { } publication)
            {
                done.Add(publication);
            }
        }

        return PlanCards.Published(caller.Texts, done, caller.Roster);
    }

    public async Task<AdaptiveCard> EditTaskAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (turn.ActionString(PlanVerbs.Task) is { } key)
        {
            return await store.FindTaskAsync(key, ct) is { Cancelled: false } task && caller.Roster.Group(task.GroupCode) is { } group
                ? PlanCards.TaskEdit(caller.Texts, new TaskEditState(task.PlanYear, group, task, TaskForm.ValuesOf(task), new Dictionary<string, FieldError>()),
                    [.. caller.Roster.MembersOf(group.Code)])
                : PlanCards.Message(caller.Texts, "Plans.TaskNotFound");
        }

        return await PlanOfAsync(turn, caller, ct) is { } plan && caller.Roster.Group(plan.GroupCode) is { } g
            ? PlanCards.TaskEdit(caller.Texts, new TaskEditState(plan.Year, g, null, TaskValues.Empty, new Dictionary<string, FieldError>()), [.. caller.Roster.MembersOf(g.Code)])
            : PlanCards.Message(caller.Texts, "Plans.NoPlan", Year(turn));
    }

    /// <summary>Adds or changes a task. Members learn of it when the plan is next published.</summary>
    public async Task<AdaptiveCard> SaveTaskAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var existing = turn.ActionString(PlanVerbs.Task) is { } key ? await store.FindTaskAsync(key, ct) : null;
        var plan = existing is null ? await PlanOfAsync(turn, caller, ct) : await store.FindPlanAsync(existing.PlanYear, existing.GroupCode, ct);
        if (plan is null || caller.Roster.Group(plan.GroupCode) is not { } group || existing is { Cancelled: true })
        {
            return PlanCards.Message(caller.Texts, "Plans.TaskNotFound");
        }

        var members = caller.Roster.MembersOf(group.Code).ToList();
        var input = TaskForm.Read(turn.ActionData, plan.Year, group.Code, caller.Roster);
        if (input.Content is not { } content)
        {
            return PlanCards.TaskEdit(caller.Texts, new TaskEditState(plan.Year, group, existing, input.Values, input.Errors), members);
        }

        if (existing is not null && existing.ETag.ToString() != turn.ActionString(PlanVerbs.ETag))
        {
            return PlanCards.TaskEdit(caller.Texts, new TaskEditState(plan.Year, group, existing, input.Values, new Dictionary<string, FieldError>(), "Plans.TaskEdit.Stale"), members);
        }

        var task = existing ?? PlanTasks.New(plan.Year, group.Code, TaskNumbers.Next((await store.TasksAsync(group.Code, plan.Year, ct)).Select(x => x.No)));
        if (PlanTasks.Apply(task, content))
        {
            task.Revision++;
            task.UpdatedAt = calendar.Now;
            if (!await store.TrySaveAsync(task, ct))
            {
                var current = await store.FindTaskAsync(task.Key, ct);
                return PlanCards.TaskEdit(caller.Texts, new TaskEditState(plan.Year, group, current, input.Values, new Dictionary<string, FieldError>(), "Plans.TaskEdit.Stale"), members);
            }
        }

        return await plans.GroupPlanCardAsync(caller, group, plan.Year, forSecretariat: true, 0, "Plans.TaskEdit.Saved", ct);
    }

    public async Task<AdaptiveCard> CancelTaskAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (turn.ActionString(PlanVerbs.Task) is not { } key || await store.FindTaskAsync(key, ct) is not { } task || caller.Roster.Group(task.GroupCode) is not { } group)
        {
            return PlanCards.Message(caller.Texts, "Plans.TaskNotFound");
        }

        if (!task.Cancelled)
        {
            task.Cancelled = true;
            task.Revision++;
            task.UpdatedAt = calendar.Now;
            if (!await store.TrySaveAsync(task, ct))
            {
                return PlanCards.Message(caller.Texts, "Plans.TaskEdit.Stale");
            }
        }

        return await plans.GroupPlanCardAsync(caller, group, task.PlanYear, forSecretariat: true, 0, "Plans.TaskEdit.Cancelled", ct);
    }

    private async Task<PlanEntity?> PlanOfAsync(Turn turn, Caller caller, CancellationToken ct) =>
        caller.Roster.Group(turn.ActionString(PlanVerbs.Group)) is { } group ? await store.FindPlanAsync(Year(turn), group.Code, ct) : null;

    /// <summary>The year a secretariat card is about; the work year unless the card says another plausible one.</summary>
    private int Year(Turn turn) =>
        turn.ActionNumber(PlanVerbs.Year) is { } year && year is >= 2000 and <= 2100 ? year : calendar.WorkYear;

    /// <summary>The template's address on this bot, as the caller's request reached it.</summary>
    private string? TemplateUrl() =>
        http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}{TemplatePath}" : null;
}
