using System.Collections.Concurrent;
using LiaisonBot.Hosting;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>
/// While a notice goes out, keeps the secretariat's status card current in place (a PUT of that one message whenever the
/// counts change) and marks the notice sent when the outbox has nothing left for it. Each instance may run it; two doing
/// the same PUT is harmless.
/// </summary>
public sealed class BroadcastStatusUpdater(
    BroadcastStore store,
    BroadcastCommands commands,
    ConnectorClient connector,
    WorkCalendar calendar,
    TimeProvider clock,
    IOptions<BroadcastOptions> options,
    ILogger<BroadcastStatusUpdater> log) : PeriodicService(clock, log)
{
    private readonly ConcurrentDictionary<string, BroadcastProgress> shown = new();

    protected override TimeSpan Interval => options.Value.StatusInterval;

    protected override string Work => "Updating broadcast status cards";

    protected override Task RunOnceAsync(CancellationToken ct) => UpdateAsync(ct);

    public async Task UpdateAsync(CancellationToken ct)
    {
        var active = (await store.InStateAsync(BroadcastState.Sending, ct)).Concat(await store.InStateAsync(BroadcastState.Scheduled, ct));
        foreach (var found in active)
        {
            var b = found;
            if (b.Status == BroadcastState.Scheduled && b.SendAt <= calendar.Now)
            {
                // Re-checked on the stored row: a cancel or recall pressed meanwhile wins.
                b = await store.ChangeAsync(b.Id, x => x.SendAt <= calendar.Now && BroadcastCommands.To(x, BroadcastState.Sending, BroadcastState.Scheduled), ct) ?? b;
            }

            var progress = await commands.ProgressOfAsync(b, ct);
            if (b.Status == BroadcastState.Sending && progress.Queued == 0)
            {
                b = await store.ChangeAsync(b.Id, x => BroadcastCommands.To(x, BroadcastState.Sent, BroadcastState.Sending), ct) ?? b;
            }

            if (shown.TryGetValue(b.Id, out var last) && last == progress && b.Status != BroadcastState.Sent)
            {
                continue;
            }

            shown[b.Id] = progress;
            if (b is { StatusServiceUrl: { } url, StatusConversationId: { } conversation, StatusActivityId: { } activity })
            {
                var card = BroadcastCards.Status(Texts.For(b.StatusLocale), b, progress, calendar);
                await connector.UpdateAsync(url, conversation, activity, CardAttachment.Message(card), ct);
            }

            if (b.Status == BroadcastState.Sent)
            {
                shown.TryRemove(b.Id, out _);
            }
        }
    }
}

public sealed class BroadcastOptions
{
    public TimeSpan StatusInterval { get; set; } = TimeSpan.FromSeconds(3);
}
