using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using LiaisonBot.Protocol.Connector;

namespace LiaisonBot.Features.ChannelReports.Links;

/// <summary>
/// A leader links their group to the channel they @mention the bot in. The group is always the caller's own, as the
/// roster knows it.
/// </summary>
public sealed class LinkChannel(ChannelLinkStore links, WorkCalendar calendar, ILogger<LinkChannel> log)
{
    public static readonly CommandInfo Command = new(ChannelReportVerbs.Link, Roles.Leader) { Scope = CommandScope.Channel };

    public async Task<AdaptiveCard> LinkAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var t = caller.Texts;
        var activity = turn.Activity;
        if (caller.Group is not { } group)
        {
            return AppCards.NotAllowed(caller, Roles.Leader);
        }

        if (TeamsChannel.ChannelId(activity) is not { } channelId || TeamsChannel.TeamId(activity) is not { } teamId || activity.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            return HowToLink(t, group);
        }

        var all = await links.AllAsync(ct);
        if (all.FirstOrDefault(l => l.ChannelId == channelId && l.GroupCode != group.Code) is { } taken)
        {
            return Taken(t, caller.Roster.Group(taken.GroupCode)?.Name ?? taken.GroupCode);
        }

        var previous = all.FirstOrDefault(l => l.GroupCode == group.Code);
        var same = previous?.ChannelId == channelId;
        var (teamName, channelName) = await NamesAsync(turn.Connector, serviceUrl, teamId, channelId, ct);
        var link = new ChannelLinkEntity
        {
            RowKey = group.Code,
            TeamId = teamId,
            TeamName = teamName ?? activity.ChannelData?.Team?.Name ?? (same ? previous!.TeamName : null),
            ChannelId = channelId,
            ChannelName = channelName ?? activity.ChannelData?.Channel?.Name ?? (same ? previous!.ChannelName : null),
            ServiceUrl = serviceUrl,
            TenantId = TeamsChannel.TenantId(activity),
            Locale = t.Culture.Name,
            LinkedBy = same ? previous!.LinkedBy : caller.Member.Code,
            LinkedAt = same ? previous!.LinkedAt : calendar.Now,
        };
        await links.SaveAsync(link, ct);
        return Linked(t, group, link, same ? null : previous);
    }

    /// <summary>Channel activities carry ids only; the names come from the connector, and not knowing them is no reason to fail.</summary>
    private async Task<(string? Team, string? Channel)> NamesAsync(ConnectorClient connector, string serviceUrl, string teamId, string channelId, CancellationToken ct)
    {
        try
        {
            var team = await connector.GetTeamAsync(serviceUrl, teamId, ct);
            var channels = await connector.GetChannelsAsync(serviceUrl, teamId, ct);
            return (team.Name, channels.Conversations.FirstOrDefault(c => c.Id == channelId)?.Name);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            log.LogWarning("Could not read the names of team {TeamId}: {Error}", teamId, e.Message);
            return (null, null);
        }
    }

    /// <summary>How to link: said wherever the command cannot work (a 1:1 chat, a group chat) and to a leader with no channel yet.</summary>
    public static AdaptiveCard HowToLink(Texts t, Group? group) => new(
        Parts.Title(t["ChannelLink.HowTo.Title"]),
        new TextBlock(group is null ? t["ChannelLink.HowTo.Intro"] : t.Format("ChannelLink.HowTo.IntroGroup", group.Name)),
        new TextBlock(t["ChannelLink.HowTo.Steps"]))
    {
        Speak = t["ChannelLink.HowTo.Title"],
    };

    public static AdaptiveCard Linked(Texts t, Group group, ChannelLinkEntity link, ChannelLinkEntity? movedFrom)
    {
        var body = new List<CardElement>
        {
            new Container([
                Parts.Title("✓ " + t["ChannelLink.Linked.Title"]),
                new TextBlock(t.Format("ChannelLink.Linked.Body", group.Name, ChannelPlace.Of(t, link))) { Spacing = Spacing.None },
            ]) { Style = ContainerStyle.Good, Bleed = true },
            new TextBlock(t["ChannelLink.Linked.Next"]),
        };
        if (movedFrom is not null)
        {
            body.Add(new TextBlock(t.Format("ChannelLink.Linked.Moved", ChannelPlace.Of(t, movedFrom))) { IsSubtle = true, Size = TextSize.Small });
        }

        return new AdaptiveCard(body)
        {
            Actions = [new ExecuteAction(t["Button.groupreport"], ChannelReportVerbs.Compose)],
            Speak = t["ChannelLink.Linked.Title"],
        };
    }

    public static AdaptiveCard Taken(Texts t, string otherGroup) =>
        new(new TextBlock(t.Format("ChannelLink.Taken", otherGroup)) { Color = TextColor.Attention });
}
