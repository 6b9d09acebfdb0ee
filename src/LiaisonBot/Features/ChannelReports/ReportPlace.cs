using LiaisonBot.App;
using LiaisonBot.Features.ChannelReports.Links;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>Where a group's reports go, or went, as the cards say it.</summary>
public sealed class ReportPlace(ChannelLinkStore links)
{
    /// <summary>The group's linked channel as "team › channel", or null when it has none.</summary>
    public async Task<string?> OfGroupAsync(Texts t, Group group, CancellationToken ct) =>
        await links.FindAsync(group.Code, ct) is { } link ? ChannelPlace.Of(t, link) : null;

    /// <summary>Where a report went out: the linked channel if it is still that one, else just "the group's channel".</summary>
    public async Task<string> OfReportAsync(Texts t, Group group, GroupReportEntity r, CancellationToken ct) =>
        await links.FindAsync(group.Code, ct) is { } link && link.ChannelId == r.PostChannelId ? ChannelPlace.Of(t, link) : t["GroupReport.TheChannel"];
}
