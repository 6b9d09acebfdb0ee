using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Conversations;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Broadcasts;

public sealed partial class BroadcastCommands
{
    private const string PendingSuffix = "-edit";

    /// <summary>One card per language; each recipient gets the one for the language their Teams client uses.</summary>
    private Dictionary<string, Activity> Payloads(BroadcastEntity b, bool reminder) =>
        CardAttachment.PerLanguage(t =>
        {
            var card = BroadcastCards.Notice(t, b, calendar, ackedAt: null, reminder);
            var message = CardAttachment.Message(card);
            // Urgent notices also raise an activity-feed notification (people's own settings still win).
            return b.Urgent ? message with { ChannelData = new TeamsChannelData { Notification = new NotificationInfo(true) } } : message;
        });

    /// <summary>Members of the audience the bot can reach (it has their 1:1 chat), and those it cannot.</summary>
    private async Task<(List<OutboxRecipient> Reachable, List<string> NotInstalled)> RecipientsAsync(Audience audience, Committee roster, CancellationToken ct)
    {
        var reachable = await conversations.ReachableAsync(ct);
        var members = audience.Of(roster);
        return (reachable.Recipients(members.Select(m => m.Code)),
            members.Where(m => !reachable.ContainsKey(m.Code)).Select(m => m.Code).ToList());
    }

    /// <summary>Everyone who received the notice, with the id of their copy, for updating or deleting it.</summary>
    private async Task<List<OutboxRecipient>> DeliveredAsync(BroadcastEntity b, CancellationToken ct) =>
        await conversations.DeliveredCopiesAsync(await outbox.DeliveriesAsync(b.SendJobId, ct), ct);

    public Task<BroadcastProgress> ProgressOfAsync(BroadcastEntity b, CancellationToken ct) => ProgressAsync(b, ct);

    private async Task<BroadcastProgress> ProgressAsync(BroadcastEntity b, CancellationToken ct)
    {
        var notInstalled = BroadcastCards.NotInstalledCodes(b).Count;
        if (b.Status is BroadcastState.Draft)
        {
            return new BroadcastProgress(0, 0, 0, 0, 0, 0);
        }

        var p = await outbox.ProgressAsync(b.SendJobId, ct);
        var acks = b.AskAck ? (await store.AcksAsync(b.Id, ct)).Count : 0;
        return new BroadcastProgress(p.Total + notInstalled, p.Queued, p.Delivered, p.NotReachable + notInstalled, p.Failed, acks);
    }

    /// <summary>Remembers the secretariat's card that pressed Send, so the status updater can refresh it in place.</summary>
    private static void KeepStatusCardOf(Turn turn, BroadcastEntity b)
    {
        if (turn.Activity is { ReplyToId.Length: > 0, Conversation.Id.Length: > 0, ServiceUrl.Length: > 0 } a)
        {
            b.StatusServiceUrl = a.ServiceUrl;
            b.StatusConversationId = a.Conversation.Id;
            b.StatusActivityId = a.ReplyToId;
            b.StatusLocale = a.Locale;
        }
    }

    private async Task<BroadcastEntity?> FindAsync(Turn turn, CancellationToken ct) =>
        Id(turn) is { } id ? await store.FindAsync(id, ct) : null;

    private static string? Id(Turn turn) =>
        Guid.TryParseExact(turn.ActionString(BroadcastVerbs.Id), "N", out var id) ? id.ToString("N") : null;

    private static BroadcastEntity Pending(BroadcastEntity sent) => new() { RowKey = sent.Id + PendingSuffix, CreatedBy = sent.CreatedBy, CreatedAt = sent.CreatedAt };

    /// <summary>The sent notice with the text of a pending edit.</summary>
    private static BroadcastEntity Edited(BroadcastEntity sent, BroadcastEntity edit)
    {
        sent.Title = edit.Title;
        sent.Body = edit.Body;
        sent.LinkUrl = edit.LinkUrl;
        sent.LinkTitle = edit.LinkTitle;
        sent.Urgent = edit.Urgent;
        sent.AskAck = edit.AskAck;
        return sent;
    }

    private static void Apply(BroadcastEntity b, BroadcastDraft d, bool textOnly)
    {
        b.Title = d.Title;
        b.Body = d.Body;
        b.LinkUrl = d.LinkUrl;
        b.LinkTitle = d.LinkTitle;
        b.Urgent = d.Urgent;
        b.AskAck = d.AskAck;
        if (!textOnly)
        {
            b.Everyone = d.Audience.Everyone;
            b.Groups = d.Audience.Groups.Count > 0 ? string.Join(';', d.Audience.Groups) : null;
            b.Roles = d.Audience.Roles == Roles.None ? null : RoleNames.Format(d.Audience.Roles);
            b.SendAt = d.SendAt;
        }
    }

    /// <summary>An edit of a sent notice has no audience on its card: the draft keeps the one it was sent to.</summary>
    private static BroadcastDraft Keep(BroadcastEntity sent, BroadcastValues v) =>
        new(v.Title, v.Body, v.LinkUrl.Length > 0 ? v.LinkUrl : null, v.LinkTitle.Length > 0 ? v.LinkTitle : null, v.Urgent, v.AskAck, AudienceOf(sent), sent.SendAt);

    private static Audience AudienceOf(BroadcastEntity b) =>
        new(b.Everyone, (b.Groups ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries), RoleNames.Read(b.Roles));

    private BroadcastValues ValuesOf(BroadcastEntity b)
    {
        var local = b.SendAt is { } at ? calendar.ToLocal(at) : (DateTime?)null;
        return new BroadcastValues(b.Title, b.Body, b.LinkUrl ?? "", b.LinkTitle ?? "", b.Urgent, b.Everyone, (b.Groups ?? "").Replace(';', ','),
            b.Roles?.Replace(';', ',') ?? "", b.AskAck, local?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            local?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "");
    }
}
