using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Reports;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Plans;

/// <summary>
/// Members' tasks and progress, the leader's view of the group plan. A task is addressed by its key from card data, but
/// whether the caller may touch it is decided here from the roster: owners update, leaders read their own group only.
/// </summary>
public sealed partial class PlanCommands(PlanStore store, FiledActivities activities, WorkCalendar calendar)
{
    public static readonly CommandInfo MyTasksCommand = new(PlanVerbs.MyTasks, Roles.Member);
    public static readonly CommandInfo GroupPlanCommand = new(PlanVerbs.GroupPlan, Roles.Leader);

    public async Task<AdaptiveCard> MyTasksAsync(Turn turn, Caller caller, CancellationToken ct) =>
        PlanCards.MyTasks(caller.Texts, await store.PublishedTasksOfAsync(caller.Member, calendar.WorkYear, ct), calendar.Today, Page(turn));

    public async Task<AdaptiveCard> ProgressAsync(Turn turn, Caller caller, CancellationToken ct) =>
        await OwnTaskAsync(turn, caller, ct) is { } task
            ? PlanCards.ProgressCard(caller.Texts, task, ProgressForm.ValuesOf(task), new Dictionary<string, FieldError>(), calendar.Today)
            : PlanCards.Message(caller.Texts, "Plans.NotYourTask");

    /// <summary>Saves an owner's progress if nobody saved since their card was drawn; otherwise shows what is stored now.</summary>
    public async Task<AdaptiveCard> SaveProgressAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (await OwnTaskAsync(turn, caller, ct) is not { } task)
        {
            return PlanCards.Message(caller.Texts, "Plans.NotYourTask");
        }

        var input = ProgressForm.Read(turn.ActionData);
        if (input.Progress is not { } progress)
        {
            return PlanCards.ProgressCard(caller.Texts, task, input.Values, input.Errors, calendar.Today);
        }

        if (task.ETag.ToString() != turn.ActionString(PlanVerbs.ETag))
        {
            return PlanCards.ProgressCard(caller.Texts, task, input.Values, new Dictionary<string, FieldError>(), calendar.Today, "Plans.Progress.Changed");
        }

        (task.Progress, task.Percent, task.Note) = (progress.Status.ToString(), progress.Percent, progress.Note);
        (task.ProgressBy, task.ProgressAt) = (caller.Member.Code, calendar.Now);
        return await store.TrySaveAsync(task, ct)
            ? PlanCards.ProgressSaved(caller.Texts, task, calendar.Today)
            : await StaleProgressAsync(caller, task.Key, input.Values, ct);
    }

    /// <summary>The leader's own group plan: which group comes from the roster, never from card data.</summary>
    public async Task<AdaptiveCard> GroupPlanAsync(Turn turn, Caller caller, CancellationToken ct) =>
        caller.Group is { } group
            ? await GroupPlanCardAsync(caller, group, calendar.WorkYear, forSecretariat: false, Page(turn), null, ct)
            : PlanCards.Message(caller.Texts, "Plans.NoGroup");

    internal async Task<AdaptiveCard> GroupPlanCardAsync(Caller caller, Group group, int year, bool forSecretariat, int page, string? notice, CancellationToken ct)
    {
        if (await store.FindPlanAsync(year, group.Code, ct) is not { } plan || (!forSecretariat && plan.Status is PlanState.Draft))
        {
            return PlanCards.Message(caller.Texts, "Plans.NoPlan", year);
        }

        var tasks = await store.TasksAsync(group.Code, year, ct);
        var evidence = (await activities.OfGroupAsync(year, group.Code, ct))
            .Where(r => r.TaskKey is not null)
            .GroupBy(r => r.TaskKey!).ToDictionary(g => g.Key, g => g.ToList());
        var view = new GroupPlanView(plan, group, forSecretariat ? tasks : [.. tasks.Where(x => x.PublishedRevision > 0)], evidence, calendar.Today, forSecretariat, notice);
        return PlanCards.GroupPlan(caller.Texts, view, caller.Roster, page);
    }

    private async Task<PlanTaskEntity?> OwnTaskAsync(Turn turn, Caller caller, CancellationToken ct) =>
        turn.ActionString(PlanVerbs.Task) is { Length: > 0 and < 200 } key && await store.FindTaskAsync(key, ct) is { } task &&
        task.PublishedRevision > 0 && !task.Cancelled && task.IsOwnedBy(caller.Member)
            ? task
            : null;

    private async Task<AdaptiveCard> StaleProgressAsync(Caller caller, string key, ProgressValues values, CancellationToken ct) =>
        await store.FindTaskAsync(key, ct) is { } current
            ? PlanCards.ProgressCard(caller.Texts, current, values, new Dictionary<string, FieldError>(), calendar.Today, "Plans.Progress.Changed")
            : PlanCards.Message(caller.Texts, "Plans.NotYourTask");

    internal static int Page(Turn turn) => turn.ActionNumber(PlanVerbs.Page) is { } page && page < 1000 ? page : 0;
}
