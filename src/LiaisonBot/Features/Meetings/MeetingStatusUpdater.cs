using LiaisonBot.Cards;
using LiaisonBot.Hosting;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Meetings;

/// <summary>
/// Keeps the organiser's card current in place: after invitations are delivered (the outbox's hook) and after each reply,
/// leave decision or sign-in. A burst of replies (everyone answering after the invitation) costs one update a meeting per
/// <see cref="MeetingOptions.StatusDelay"/>. A courtesy only: the card's refresh shows the same, so a lost update loses nothing.
/// </summary>
public sealed class MeetingStatusUpdater(
    MeetingStore store, MeetingStatus status, ConnectorClient connector, IOptions<MeetingOptions> options, TimeProvider clock,
    Heartbeats heartbeats, ILogger<MeetingStatusUpdater> log) : DebouncedWork<string>(clock, heartbeats), IOutboxHook
{
    /// <summary>The hook kind of a meeting's invitation job.</summary>
    public const string Hook = "meeting";

    protected override TimeSpan Delay => options.Value.StatusDelay;

    public Task RecipientsSettledAsync(string jobId, CancellationToken ct)
    {
        TouchJob(jobId);
        return Task.CompletedTask;
    }

    public Task<bool> JobSettledAsync(string jobId, CancellationToken ct)
    {
        TouchJob(jobId);
        return Task.FromResult(true);
    }

    protected override async Task RunAsync(string id, CancellationToken ct)
    {
        if (await store.FindAsync(id, ct) is not { StatusServiceUrl: { } url, StatusConversationId: { } conversation, StatusActivityId: { } activity } m)
        {
            return;
        }

        try
        {
            await connector.UpdateAsync(url, conversation, activity, CardAttachment.Message(await status.CardAsync(Texts.For(m.StatusLocale), m, ct)), ct);
        }
        catch (ConnectorException e)
        {
            log.LogWarning("The organiser's card of meeting {Id} could not be updated: {Status} {Code}.", id, e.StatusCode, e.ErrorCode);
        }
    }

    protected override void Failed(string id, Exception e) => log.LogWarning(e, "The organiser's card of meeting {Id} could not be updated.", id);

    /// <summary>Jobs are named "meeting-{id}-{revision}".</summary>
    private void TouchJob(string jobId)
    {
        if (jobId.Split('-') is ["meeting", { Length: 32 } id, ..])
        {
            Enqueue(id);
        }
    }
}
