using Azure;
using Azure.Data.Tables;
using LiaisonBot.Storage;

namespace LiaisonBot.Protocol;

/// <summary>
/// Channels redeliver an activity when our answer is slow or lost. An insert-only row per (conversation, activity id)
/// lets storage itself say "seen before", so two bot instances cannot both handle the same delivery.
/// Invokes are not filtered here: their answer must be computed each time, and features make them idempotent.
/// </summary>
public sealed class InboxDeduplicator(Tables tables)
{
    public const string Table = "Inbox";

    public async Task<bool> IsFirstDeliveryAsync(Activity activity, CancellationToken ct)
    {
        if (Key(activity) is not { } key)
        {
            return true;
        }

        try
        {
            await tables[Table].AddCheckedAsync(new TableEntity(key.Partition, key.Row), ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
        catch (Exception e) when (StorageFailure.IsUnavailable(e))
        {
            // Fail open: the handler meets the same outage and tells the user to try again, which beats silence.
            return true;
        }
    }

    public async Task ForgetAsync(Activity activity, CancellationToken ct)
    {
        if (Key(activity) is { } key)
        {
            try
            {
                await tables[Table].DeleteEntityAsync(key.Partition, key.Row, ETag.All, ct);
            }
            catch (RequestFailedException)
            {
                // Best effort: at worst the redelivery is treated as a duplicate.
            }
        }
    }

    private static (string Partition, string Row)? Key(Activity activity) =>
        activity is { Id.Length: > 0, Conversation.Id.Length: > 0 }
            ? (Keys.Escape(activity.Conversation.Id), Keys.Escape(activity.Id))
            : null;
}
