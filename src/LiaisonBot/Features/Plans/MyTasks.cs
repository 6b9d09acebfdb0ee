using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Plans;

/// <summary>A member's open tasks, soonest due first, each with a button to report progress.</summary>
public sealed class MyTasks(PlanStore store, WorkCalendar calendar)
{
    private const int PageSize = 6;

    public static readonly CommandInfo Command = new(PlanVerbs.MyTasks, Roles.Member);

    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) =>
        Card(caller.Texts, await store.PublishedTasksOfAsync(caller.Member, calendar.WorkYear, ct), calendar.Today, turn.ActionNumber(PlanVerbs.Page) ?? 0);

    public static AdaptiveCard Card(Texts t, IReadOnlyList<PlanTaskEntity> tasks, DateOnly today, int requestedPage)
    {
        var open = tasks.Where(x => x.IsOpen).ToList();
        var done = tasks.Count(x => x.Status is PlanTaskStatus.Done);
        var body = new List<CardElement>
        {
            Parts.Title(t["Plans.MyTasks.Title"]),
            new TextBlock(open.Count == 0 ? t["Plans.MyTasks.None"] : t.Format("Plans.MyTasks.Summary", open.Count, done))
                { IsSubtle = true, Spacing = Spacing.None },
        };
        var page = Pages.Of(open, requestedPage, PageSize);
        foreach (var task in page.Items)
        {
            body.Add(new Container(
            [
                new TextBlock(Parts.Clip(task.Title, 140)) { Weight = TextWeight.Bolder },
                new TextBlock(PlanParts.DueText(t, task, today)) { Color = task.IsOverdue(today) ? TextColor.Attention : null, Size = TextSize.Small, Spacing = Spacing.None },
                new TextBlock(PlanParts.StatusText(t, task)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                new ActionSet([PlanParts.UpdateProgressButton(t, task)]),
            ])
            { Separator = true, Spacing = Spacing.Medium });
        }

        return new AdaptiveCard(body) { Actions = PlanParts.Pager(t, PlanVerbs.MyTasks, page, []), Speak = t["Plans.MyTasks.Title"] };
    }
}
