using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;
using LiaisonBot.Protocol.Connector;

namespace LiaisonBot.Features.ChannelReports;

using Outbox = LiaisonBot.Outbox.Outbox;

/// <summary>
/// A leader links their group to the channel they @mention the bot in; the secretariat sees every link and can end one.
/// The group is always the caller's own, as the roster knows it.
/// </summary>
public sealed class ChannelLinkCommands(ChannelLinkStore links, Outbox outbox, WorkCalendar calendar, ILogger<ChannelLinkCommands> log)
{
    public static readonly CommandInfo LinkCommand = new(ChannelReportVerbs.Link, Roles.Leader);
    public static readonly CommandInfo ChannelsCommand = new(ChannelReportVerbs.Channels, Roles.Secretariat);

    public async Task<AdaptiveCard> LinkAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var t = caller.Texts;
        var activity = turn.Activity;
        if (caller.Group is not { } group)
        {
            return AppCards.NotAllowed(t, Roles.Leader);
        }

        if (TeamsChannel.ChannelId(activity) is not { } channelId || TeamsChannel.TeamId(activity) is not { } teamId || activity.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            return ChannelLinkCards.HowToLink(t, group);
        }

        var all = await links.AllAsync(ct);
        if (all.FirstOrDefault(l => l.ChannelId == channelId && l.GroupCode != group.Code) is { } taken)
        {
            return ChannelLinkCards.Taken(t, caller.Roster.Group(taken.GroupCode)?.Name ?? taken.GroupCode);
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
        return ChannelLinkCards.Linked(t, group, link, same ? null : previous);
    }

    public async Task<AdaptiveCard> ChannelsAsync(Turn turn, Caller caller, CancellationToken ct) =>
        ChannelLinkCards.Channels(caller.Texts, caller.Roster, await links.AllAsync(ct), calendar, null);

    public async Task<AdaptiveCard> UnlinkAsync(Turn turn, Caller caller, CancellationToken ct) =>
        caller.Roster.Group(turn.ActionString(ChannelReportVerbs.Group)) is { } group && await links.FindAsync(group.Code, ct) is { } link
            ? ChannelLinkCards.ConfirmUnlink(caller.Texts, group, link)
            : await ChannelsAsync(turn, caller, ct);

    /// <summary>Ends the link and says so in the channel, so the group knows reports no longer appear there.</summary>
    public async Task<AdaptiveCard> ConfirmUnlinkAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var t = caller.Texts;
        string? notice = null;
        if (caller.Roster.Group(turn.ActionString(ChannelReportVerbs.Group)) is { } group && await links.FindAsync(group.Code, ct) is { } link &&
            await links.TryRemoveAsync(link, ct))
        {
            var payload = ChannelLinkCards.Unlinked(Localization.Texts.For(link.Locale), group, link, UnlinkReason.Secretariat);
            await outbox.EnqueueAsync(new OutboxJob(UnlinkJobId(link) + "-channel", DeliveryKind.Send,
                new Dictionary<string, Activity> { ["channel"] = CardAttachment.Message(payload) }, [link.Recipient("channel", "channel")]), ct);
            notice = t.Format("ChannelLink.Unlink.Done", group.Name);
        }

        return ChannelLinkCards.Channels(t, caller.Roster, await links.AllAsync(ct), calendar, notice);
    }

    /// <summary>One job per link ever made: the same link ending twice (a redelivered event) tells nobody twice.</summary>
    public static string UnlinkJobId(ChannelLinkEntity link) => $"gcu-{link.GroupCode}-{link.LinkedAt.UtcTicks}";

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
}
