using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.ChannelReports.Links;

/// <summary>The secretariat's list of every group's channel.</summary>
public sealed class GroupChannels(ChannelLinkStore links, WorkCalendar calendar)
{
    public static readonly CommandInfo Command = new(ChannelReportVerbs.Channels, Roles.Secretariat);

    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) => await CardAsync(caller, null, ct);

    /// <param name="notice">What was just done, said above the list.</param>
    public async Task<AdaptiveCard> CardAsync(Caller caller, string? notice, CancellationToken ct) =>
        Card(caller.Texts, caller.Roster, await links.AllAsync(ct), calendar, notice);

    /// <summary>The secretariat's view: every group, its channel (or none), and an unlink button.</summary>
    public static AdaptiveCard Card(Texts t, Committee roster, IReadOnlyList<ChannelLinkEntity> links, WorkCalendar calendar, string? notice)
    {
        var byGroup = links.ToDictionary(l => l.GroupCode, StringComparer.OrdinalIgnoreCase);
        var body = new List<CardElement>
        {
            Parts.Title(t["ChannelLink.List.Title"]),
            new TextBlock(t.Plural("ChannelLink.List.Summary", roster.Groups.Count, roster.Groups.Count(g => byGroup.ContainsKey(g.Code)))) { IsSubtle = true, Spacing = Spacing.None },
        };
        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Color = TextColor.Good, Weight = TextWeight.Bolder });
        }

        foreach (var group in roster.Groups)
        {
            var line = byGroup.TryGetValue(group.Code, out var link)
                ? t.Format("ChannelLink.List.Line", ChannelPlace.Of(t, link), roster.ByCode(link.LinkedBy)?.Name ?? link.LinkedBy, WorkCalendar.Show(calendar.ToDate(link.LinkedAt), t))
                : "⚠ " + t["ChannelLink.List.None"];
            var text = new Column([
                new TextBlock(group.Name) { Weight = TextWeight.Bolder },
                new TextBlock(line) { Size = TextSize.Small, IsSubtle = link is not null, Color = link is null ? TextColor.Attention : null, Spacing = Spacing.None },
            ])
            { Width = "stretch" };
            body.Add(new ColumnSet(link is null ? [text] : [text, new Column([
                new ActionSet([new ExecuteAction(t["ChannelLink.Unlink"], ChannelReportVerbs.Unlink) { Data = UnlinkChannel.Data(group) }]),
            ]) { Width = "auto", VerticalContentAlignment = VerticalAlignment.Center }])
            { Separator = true });
        }

        return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["Button.groupreportlist"], ChannelReportVerbs.Overview)] };
    }
}
