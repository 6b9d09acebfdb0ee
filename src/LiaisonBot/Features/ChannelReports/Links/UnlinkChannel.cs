using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.ChannelReports.Links;

using Outbox = LiaisonBot.Outbox.Outbox;

/// <summary>The secretariat ends a group's link, after confirming; the channel is told, so the group knows reports no longer appear there.</summary>
public sealed class UnlinkChannel(ChannelLinkStore links, Outbox outbox, GroupChannels channels)
{
    public async Task<AdaptiveCard> AskAsync(Turn turn, Caller caller, CancellationToken ct) =>
        caller.Roster.Group(turn.ActionString(ChannelReportVerbs.Group)) is { } group && await links.FindAsync(group.Code, ct) is { } link
            ? Confirmation(caller.Texts, group, link)
            : await channels.CardAsync(caller, null, ct);

    /// <summary>Ends the link and says so in the channel, so the group knows reports no longer appear there.</summary>
    public async Task<AdaptiveCard> ConfirmAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        string? notice = null;
        if (caller.Roster.Group(turn.ActionString(ChannelReportVerbs.Group)) is { } group && await links.FindAsync(group.Code, ct) is { } link &&
            await links.TryRemoveAsync(link, ct))
        {
            var payload = Told(Texts.For(link.Locale), group, link, UnlinkReason.Secretariat);
            await outbox.EnqueueAsync(new OutboxJob(JobId(link) + "-channel", DeliveryKind.Send,
                new Dictionary<string, Activity> { ["channel"] = CardAttachment.Message(payload) }, [link.Recipient("channel", "channel")]), ct);
            notice = caller.Texts.Format("ChannelLink.Unlink.Done", group.Name);
        }

        return await channels.CardAsync(caller, notice, ct);
    }

    /// <summary>One job per link ever made: the same link ending twice (a redelivered event) tells nobody twice.</summary>
    public static string JobId(ChannelLinkEntity link) => $"gcu-{link.GroupCode}-{link.LinkedAt.UtcTicks}";

    public static Dictionary<string, string> Data(Group group) => new() { [ChannelReportVerbs.Group] = group.Code };

    public static AdaptiveCard Confirmation(Texts t, Group group, ChannelLinkEntity link) => new(
        Parts.Title(t.Format("ChannelLink.Unlink.Title", group.Name)),
        new TextBlock(t.Format("ChannelLink.Unlink.Body", ChannelPlace.Of(t, link))))
    {
        Actions =
        [
            new ExecuteAction(t["ChannelLink.Unlink.Confirm"], ChannelReportVerbs.UnlinkConfirm) { Data = UnlinkChannel.Data(group) },
            new ExecuteAction(t["ChannelLink.Unlink.Keep"], ChannelReportVerbs.Channels),
        ],
    };

    /// <summary>Tells the secretariat (and, for an unlink by the secretariat, the channel) that a group lost its channel.</summary>
    public static AdaptiveCard Told(Texts t, Group group, ChannelLinkEntity link, UnlinkReason reason) => new(
        new TextBlock("⚠ " + t.Format("ChannelLink.Unlinked.Title", group.Name)) { Weight = TextWeight.Bolder, Color = TextColor.Attention },
        new TextBlock(t.Format($"ChannelLink.Unlinked.{reason}", ChannelPlace.Of(t, link))),
        new TextBlock(t["ChannelLink.Unlinked.Relink"]) { IsSubtle = true, Size = TextSize.Small })
    {
        Speak = t.Format("ChannelLink.Unlinked.Title", group.Name),
    };
}
