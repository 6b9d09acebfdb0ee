using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Plans;

/// <summary>
/// A member's tasks, soonest due first, each with a button to report progress: this year's open ones, or all of last
/// year's (in January December's tasks are still being finished and looked back on).
/// </summary>
public sealed class MyTasks(PlanStore store, WorkCalendar calendar)
{
    private const int PageSize = 6;

    public static readonly CommandInfo Command = new(PlanVerbs.MyTasks, Roles.Member);

    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var year = YearSwitch.Of(turn, calendar);
        return Card(caller.Texts, year, await store.PublishedTasksOfAsync(caller.Member, year, ct), calendar, turn.ActionNumber(PlanVerbs.Page) ?? 0);
    }

    public static AdaptiveCard Card(Texts t, int year, IReadOnlyList<PlanTaskEntity> tasks, WorkCalendar calendar, int requestedPage)
    {
        var today = calendar.Today;
        var open = tasks.Where(x => x.IsOpen).ToList();
        var done = tasks.Where(x => x.Status is PlanTaskStatus.Done).ToList();
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("Plans.MyTasks.Title", year)),
            YearSwitch.Buttons(t, PlanVerbs.MyTasks, year, calendar),
            new TextBlock(open.Count == 0 ? t["Plans.MyTasks.None"] : t.Format("Plans.MyTasks.Summary", open.Count, done.Count))
                { IsSubtle = true, Spacing = Spacing.None },
        };
        var shown = year == calendar.WorkYear ? open : [.. open, .. done];
        var page = Pages.Of(shown, requestedPage, PageSize);
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

        return new AdaptiveCard(body) { Actions = PlanParts.Pager(t, PlanVerbs.MyTasks, page, YearSwitch.With(null, year)), Speak = t.Format("Plans.MyTasks.Title", year) };
    }
}
