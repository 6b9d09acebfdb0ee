using Azure.Data.Tables;
using LiaisonBot.Outbox;
using LiaisonBot.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace LiaisonBot.Conversations;

/// <summary>
/// Conversation references of people's 1:1 chats with the bot, for replies now and proactive messages later.
/// Every activity consults its sender's row, so each instance keeps recently seen rows for a minute: a row another
/// instance changed meanwhile costs at most one redundant write, never a wrong reply address for long.
/// </summary>
public sealed class ConversationStore(Tables tables) : IDisposable
{
    public const string Table = "Conversations";

    private static readonly MemoryCacheEntryOptions Recent = new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1), Size = 1 };

    private readonly MemoryCache recent = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    private TableClient Rows => tables[Table];

    public async Task<ConversationEntity?> FindAsync(string userId, CancellationToken ct)
    {
        if (recent.TryGetValue(userId, out ConversationEntity? cached))
        {
            return cached;
        }

        var response = await Rows.GetEntityIfExistsAsync<ConversationEntity>(ConversationEntity.Partition, Keys.Escape(userId), cancellationToken: ct);
        if (response.HasValue)
        {
            recent.Set(userId, response.Value, Recent);
        }

        return response.HasValue ? response.Value : null;
    }

    public async Task SaveAsync(ConversationEntity conversation, CancellationToken ct)
    {
        conversation.RowKey = Keys.Escape(conversation.UserId);
        await Rows.UpsertCheckedAsync(conversation, ct);
        recent.Set(conversation.UserId, conversation, Recent);
    }

    public void Dispose() => recent.Dispose();

    /// <summary>Members the bot can message: their newest installed 1:1 chat, by member code.</summary>
    public async Task<IReadOnlyDictionary<string, ConversationEntity>> ReachableAsync(CancellationToken ct) =>
        (await AllAsync(ct)).Where(c => c.Installed && c.MemberCode is not null)
            .GroupBy(c => c.MemberCode!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.UpdatedAt).First(), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The copies a job delivered to members' chats, addressed for updating or deleting them: each delivered message's
    /// id in the member's current chat.
    /// </summary>
    public async Task<List<OutboxRecipient>> DeliveredCopiesAsync(IEnumerable<DeliveryRecord> deliveries, CancellationToken ct)
    {
        var reachable = await ReachableAsync(ct);
        return deliveries.Where(d => d.State == DeliveryState.Delivered && d.ActivityId is not null && reachable.ContainsKey(d.Key))
            .Select(d => reachable[d.Key].Recipient(d.Key, d.ActivityId)).ToList();
    }

    public async Task<IReadOnlyList<ConversationEntity>> AllAsync(CancellationToken ct)
    {
        var all = new List<ConversationEntity>();
        await foreach (var row in Rows.QueryAsync<ConversationEntity>(e => e.PartitionKey == ConversationEntity.Partition, cancellationToken: ct))
        {
            all.Add(row);
        }

        return all;
    }
}
