using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.ChannelReports.Links;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.ChannelReports;

using Outbox = LiaisonBot.Outbox.Outbox;

/// <summary>
/// Publishing a previewed report in the group's channel, through the outbox, with a copy to the secretariat. What the
/// secretariat publishes is marked as posted on the group's behalf.
/// </summary>
public sealed class PublishGroupReport(
    GroupReportStore store,
    GroupReportAccess access,
    ReportPlace places,
    ChannelLinkStore links,
    SecretariatCopies secretariat,
    Outbox outbox,
    WorkCalendar calendar)
{
    /// <summary>The one recipient and payload of a post job: the group's channel.</summary>
    public const string ChannelKey = "channel";

    /// <summary>
    /// Posts the previewed report in the group's channel and sends the secretariat its copy. The jobs are queued before
    /// the state is saved, under ids made from the attempt number: a second press re-queues the same jobs, a no-op.
    /// </summary>
    public Task<AdaptiveCard> PublishAsync(Turn turn, Caller caller, CancellationToken ct) =>
        access.OnReportAsync(turn, caller, (group, r) => PublishAsync(turn, caller, group, r, ct), ct);

    private async Task<AdaptiveCard> PublishAsync(Turn turn, Caller caller, Group group, GroupReportEntity r, CancellationToken ct)
    {
        var t = caller.Texts;
        if (r.IsOut)
        {
            return OpenGroupReport.Card(t, r, caller.Roster, calendar, await places.OfReportAsync(t, group, r, ct));
        }

        if (turn.ActionString(ChannelReportVerbs.ETag) != r.ETag.ToString())
        {
            return GroupReportPreview.Card(t, r, caller.Roster, calendar, await places.OfGroupAsync(t, group, ct), correcting: false, "GroupReport.Changed");
        }

        if (await links.FindAsync(group.Code, ct) is not { } link)
        {
            return NoChannel(t, group, r);
        }

        var read = r.ETag;
        r.Publish(link, caller.Member.Code, !string.Equals(caller.Member.GroupCode, group.Code, StringComparison.OrdinalIgnoreCase), calendar.Now);
        var channelCard = GroupReportPost.Card(Texts.For(link.Locale), r, caller.Roster, calendar);
        await outbox.EnqueueAsync(new OutboxJob(r.PostJobId, DeliveryKind.Send,
            new Dictionary<string, Activity> { [ChannelKey] = CardAttachment.Message(channelCard) }, [link.Recipient(ChannelKey, ChannelKey)],
            Hook: GroupReportPoster.Hook), ct);
        var copied = r.Clone();
        await secretariat.SendAsync(r.CopyJobId, caller.Roster, x => GroupReportPost.Copy(x, copied, caller.Roster, calendar, ChannelPlace.Of(x, link)), ct);
        if (!await store.TryReplaceAsync(r, read, ct))
        {
            r = await store.FindAsync(group.Code, r.Id, ct) ?? r; // a double press: the first one saved it
        }

        return OpenGroupReport.Card(t, r, caller.Roster, calendar, ChannelPlace.Of(t, link), r.IsOut ? "GroupReport.Posting" : null);
    }

    /// <summary>Publishing with no channel linked: the report stays a draft and the leader learns how to link one.</summary>
    public static AdaptiveCard NoChannel(Texts t, Group group, GroupReportEntity r) => new(
        new TextBlock("⚠ " + t.Format("GroupReport.NoChannel.Title", group.Name)) { Weight = TextWeight.Bolder, Color = TextColor.Attention },
        new TextBlock(t["GroupReport.NoChannel.Kept"]),
        new TextBlock(t["ChannelLink.HowTo.Steps"]))
    {
        Actions = [new ExecuteAction(t["GroupReport.Edit"], ChannelReportVerbs.Edit) { Data = GroupReportParts.Ids(r.GroupCode, r.Id) }],
    };
}
