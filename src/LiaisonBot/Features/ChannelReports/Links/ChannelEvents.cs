using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Conversations;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.ChannelReports.Links;

/// <summary>
/// Teams events of the team scope keep the links true: a bot removed from a team, or a deleted channel or team, ends the
/// links it carried and tells the secretariat; renames update the names shown; every channel activity refreshes the
/// service URL that proactive posts use.
/// </summary>
public sealed class ChannelEvents(ChannelLinkStore links, SecretariatCopies secretariat)
{
    /// <summary>The bot was added to a team: the channel it was added in learns how to link, unless it already serves a group.</summary>
    public async Task BotAddedAsync(Turn turn, CancellationToken ct)
    {
        if (!Installs.IsBotAdded(turn.Activity) || TeamsChannel.ChannelId(turn.Activity) is not { } channelId ||
            (await links.AllAsync(ct)).Any(l => l.ChannelId == channelId))
        {
            return;
        }

        await turn.ReplyAsync(CardAttachment.Message(Hint(turn.Get<Sender>().Texts)), ct);
    }

    public async Task MemberRemovedAsync(Turn turn, CancellationToken ct)
    {
        var a = turn.Activity;
        if (a.MembersRemoved?.Any(m => m.Id is not null && m.Id == a.Recipient?.Id) == true && TeamsChannel.TeamId(a) is { } teamId)
        {
            await UnlinkAsync(turn, l => l.TeamId == teamId, UnlinkReason.BotRemoved, ct);
        }
    }

    /// <summary>The app was uninstalled from a team (Teams may also send the member-removed event; the second finds nothing).</summary>
    public async Task UninstalledAsync(Turn turn, CancellationToken ct)
    {
        if (Installs.IsUninstall(turn.Activity) && TeamsChannel.IsChannel(turn.Activity) && TeamsChannel.TeamId(turn.Activity) is { } teamId)
        {
            await UnlinkAsync(turn, l => l.TeamId == teamId, UnlinkReason.BotRemoved, ct);
        }
    }

    public async Task ChannelDeletedAsync(Turn turn, CancellationToken ct)
    {
        if (turn.Activity.ChannelData?.Channel?.Id is { Length: > 0 } channelId)
        {
            await UnlinkAsync(turn, l => l.ChannelId == channelId, UnlinkReason.ChannelDeleted, ct);
        }
    }

    public async Task TeamDeletedAsync(Turn turn, CancellationToken ct)
    {
        if (TeamsChannel.TeamId(turn.Activity) is { } teamId)
        {
            await UnlinkAsync(turn, l => l.TeamId == teamId, UnlinkReason.TeamDeleted, ct);
        }
    }

    public async Task ChannelRenamedAsync(Turn turn, CancellationToken ct)
    {
        if (turn.Activity.ChannelData?.Channel is { Id.Length: > 0, Name.Length: > 0 } channel)
        {
            await UpdateAsync(l => l.ChannelId == channel.Id && l.ChannelName != channel.Name, l => l.ChannelName = channel.Name, ct);
        }
    }

    public async Task TeamRenamedAsync(Turn turn, CancellationToken ct)
    {
        if (turn.Activity.ChannelData?.Team is { Id.Length: > 0, Name.Length: > 0 } team)
        {
            await UpdateAsync(l => l.TeamId == team.Id && l.TeamName != team.Name, l => l.TeamName = team.Name, ct);
        }
    }

    /// <summary>Runs before every activity: the service URL is stable but can change, and Teams says so by sending a new one.</summary>
    public async Task RefreshServiceUrlAsync(Turn turn, CancellationToken ct)
    {
        if (TeamsChannel.IsChannel(turn.Activity) && TeamsChannel.TeamId(turn.Activity) is { } teamId && turn.Activity.ServiceUrl is { Length: > 0 } url)
        {
            await UpdateAsync(l => l.TeamId == teamId && l.ServiceUrl != url, l => l.ServiceUrl = url, ct);
        }
    }

    private async Task UpdateAsync(Func<ChannelLinkEntity, bool> which, Action<ChannelLinkEntity> change, CancellationToken ct)
    {
        foreach (var link in (await links.AllAsync(ct)).Where(which))
        {
            change(link);
            await links.SaveAsync(link, ct);
        }
    }

    /// <summary>The notice is queued before the link goes, so a crash in between loses nothing; its job id makes a second try silent.</summary>
    private async Task UnlinkAsync(Turn turn, Func<ChannelLinkEntity, bool> which, UnlinkReason reason, CancellationToken ct)
    {
        var roster = turn.Get<Sender>().Roster;
        foreach (var link in (await links.AllAsync(ct)).Where(which))
        {
            if (roster.Group(link.GroupCode) is { } group)
            {
                await secretariat.SendAsync(UnlinkChannel.JobId(link), roster, t => UnlinkChannel.Told(t, group, link, reason), ct);
            }

            await links.TryRemoveAsync(link, ct);
        }
    }

    /// <summary>Posted in a channel the bot was just added to, unless the channel already serves a group.</summary>
    public static AdaptiveCard Hint(Texts t) => new(
        new TextBlock(t["ChannelLink.Hint.Title"]) { Weight = TextWeight.Bolder },
        new TextBlock(t["ChannelLink.Hint.Body"]))
    {
        Speak = t["ChannelLink.Hint.Title"],
    };
}
