using System.Globalization;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Features.Plans;
using static LiaisonBot.Features.Assessment.Figures.Figure;

namespace LiaisonBot.Features.Assessment.Figures;

/// <summary>The items computed from the group's plan of the year: filed on time, and its tasks done on time.</summary>
public sealed class PlanItems(PlanFigures plans, PlanTaskRecords tasks, WorkCalendar calendar)
{
    /// <summary>
    /// The plan sent to the members on or before the item's date: all or nothing. The first sending counts (sending an
    /// amended plan later does not make it late); a plan never sent, or a draft, earns nothing.
    /// </summary>
    public async Task<ItemFigure> FiledAsync(SchemeItem item, FigureContext at, CancellationToken ct)
    {
        if (item.By is not { } by)
        {
            return None(item, Notes.NoDate);
        }

        if (await plans.SentAsync(at.Year, at.Group.Code, ct) is not { } plan)
        {
            return Of(item, 0, 0, 1, []); // the wording says it: not sent, and by when it was due
        }

        var sent = calendar.ToDate(plan.FirstSentAt);
        var onTime = sent <= by;
        var what = plan.Goals.Trim().Length > 0 ? Parts.Clip(plan.Goals.Trim().ReplaceLineEndings(" "), TitleLength) : at.Group.Name;
        return Of(item, onTime ? 1 : 0, onTime ? 1 : 0, 1, [new Evidence(sent, what, onTime)]);
    }

    /// <summary>
    /// The share of the plan's sent tasks (cancelled ones left out) done on or before their due date. Each task is a
    /// line: its due date, then the day it was done ("— " while it is not).
    /// </summary>
    public async Task<ItemFigure> OnTimeAsync(SchemeItem item, FigureContext at, CancellationToken ct)
    {
        var sent = await tasks.OfGroupAsync(at.Year, at.Group.Code, ct);
        if (sent.Count == 0)
        {
            return None(item, Notes.NoTasks);
        }

        var lines = sent.Select(t => new Evidence(t.Due, $"{Parts.Clip(t.Title, TitleLength)} · {Day(t.Due)} → {(t.DoneOn is { } done ? Day(done) : "—")}",
            t.DoneOn <= t.Due)).ToList();
        var done = lines.Count(l => l.Counts);
        return Of(item, Share(done, sent.Count), done, sent.Count, lines);
    }

    private static string Day(DateOnly date) => date.ToString("MM-dd", CultureInfo.InvariantCulture);
}
