using Azure;
using Azure.Data.Tables;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Storage;

namespace LiaisonBot.Reminders;

using Outbox = LiaisonBot.Outbox.Outbox;

/// <summary>
/// Sends a reminder once a day whatever the number of bot instances: it is first claimed by inserting a row keyed by what
/// it is and the day, so exactly one instance sends it; a claim whose sender stopped before enqueueing is finished by the
/// next pass.
/// </summary>
public sealed class ReminderClaims(Tables tables, Outbox outbox, TimeProvider time, ILogger<ReminderClaims> logger)
{
    public const string Table = "Reminders";

    /// <summary>A claim not marked enqueued after this long is taken to belong to an instance that stopped.</summary>
    private static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(2);

    private TableClient Claims => tables[Table];

    /// <summary>Claims reminder <paramref name="id"/> for today, enqueues it, marks the claim done; false if it was already sent.</summary>
    public async Task<bool> SendOnceAsync(string id, DateOnly today, Func<Texts, AdaptiveCard> card, List<OutboxRecipient> recipients, CancellationToken ct)
    {
        if (recipients.Count == 0)
        {
            return false;
        }

        var claim = new TableEntity(WorkCalendar.Iso(today), id) { ["Enqueued"] = false, ["ClaimedAt"] = time.GetUtcNow() };
        if (!await Claims.TryAddCheckedAsync(claim, ct))
        {
            var existing = (await Claims.GetEntityAsync<TableEntity>(claim.PartitionKey, id, cancellationToken: ct)).Value;
            if (existing.GetBoolean("Enqueued") == true || time.GetUtcNow() - existing.GetDateTimeOffset("ClaimedAt") < Abandoned)
            {
                return false;
            }

            claim = existing;
        }

        await outbox.EnqueueAsync(new OutboxJob(id, DeliveryKind.Send, CardAttachment.PerLanguage(card), recipients), ct); // the same id again is a no-op
        claim["Enqueued"] = true;
        await Claims.UpdateEntityAsync(claim, ETag.All, TableUpdateMode.Merge, ct);
        logger.LogInformation("Reminder {Reminder} enqueued for {Count} recipients.", id, recipients.Count);
        return true;
    }
}
