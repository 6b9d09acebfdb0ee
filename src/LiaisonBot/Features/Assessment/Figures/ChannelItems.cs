using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Features.ChannelReports;
using static LiaisonBot.Features.Assessment.Figures.Figure;

namespace LiaisonBot.Features.Assessment.Figures;

/// <summary>The items computed from what the group posted in its channel in the year: the annual report, the progress reports.</summary>
public sealed class ChannelItems(PostedReports reports, WorkCalendar calendar)
{
    /// <summary>The annual work report in the channel on or before the item's date: all or nothing; the first one posted counts.</summary>
    public async Task<ItemFigure> AnnualAsync(SchemeItem item, FigureContext at, CancellationToken ct)
    {
        if (item.By is not { } by)
        {
            return None(item, Notes.NoDate);
        }

        var annual = (await PostedAsync(at, ct)).Where(r => r.Kind == GroupReportKind.Annual).ToList();
        if (annual.Count == 0)
        {
            return Of(item, 0, 0, 1, []); // the wording says it: not posted, and by when it was due
        }

        var onTime = annual[0].Date <= by;
        return Of(item, onTime ? 1 : 0, onTime ? 1 : 0, 1, annual.Select(r => new Evidence(r.Date, r.Title, r.Date <= by)));
    }

    /// <summary>Progress reports posted in the year, against the item's target; more than the target earns no more.</summary>
    public async Task<ItemFigure> ProgressAsync(SchemeItem item, FigureContext at, CancellationToken ct)
    {
        if (item.Target is not > 0)
        {
            return None(item, Notes.NoTarget);
        }

        var progress = (await PostedAsync(at, ct)).Where(r => r.Kind == GroupReportKind.Progress).ToList();
        return Of(item, Share(progress.Count, item.Target.Value), progress.Count, item.Target.Value, progress.Select(r => new Evidence(r.Date, r.Title, true)));
    }

    /// <summary>The group's reports of the year that are in its channel (a draft or a failed post is not), oldest first: one read for both items.</summary>
    private Task<List<Posted>> PostedAsync(FigureContext at, CancellationToken ct) =>
        at.Reads.GetAsync("channel-reports", async () => (await reports.OfGroupAsync(at.Group.Code, at.Year, ct))
            .Select(r => new Posted(r.Kind, calendar.ToDate(r.PostedAt), Parts.Clip(r.Title, TitleLength))).ToList());

    private sealed record Posted(GroupReportKind Kind, DateOnly Date, string Title);
}
