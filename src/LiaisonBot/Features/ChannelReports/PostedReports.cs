namespace LiaisonBot.Features.ChannelReports;

/// <summary>A group report that reached its channel: its kind, when it first did, its title.</summary>
public sealed record PostedReport(GroupReportKind Kind, DateTimeOffset PostedAt, string Title);

/// <summary>The read model ChannelReports offers other features (the annual assessment), so none reads report rows.</summary>
public sealed class PostedReports(GroupReportStore store)
{
    /// <summary>The group's reports of the year that are in its channel (a draft or a failed post is not), oldest first.</summary>
    public async Task<List<PostedReport>> OfGroupAsync(string groupCode, int year, CancellationToken ct) =>
        [.. (await store.OfGroupAsync(groupCode, year, ct))
            .Where(r => r.Status == GroupReportState.Published && r.PublishedAt is not null)
            .Select(r => new PostedReport(r.ReportKind, r.PublishedAt!.Value, r.Title))
            .OrderBy(r => r.PostedAt)];
}
