using Azure.Data.Tables;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Roster;

/// <summary>Conversation references of people's 1:1 chats with the bot, for replies now and proactive messages later.</summary>
public sealed class ConversationStore(Tables tables)
{
    public const string Table = "Conversations";

    private TableClient Rows => tables[Table];

    public async Task<ConversationEntity?> FindAsync(string userId, CancellationToken ct)
    {
        var response = await Rows.GetEntityIfExistsAsync<ConversationEntity>(ConversationEntity.Partition, Keys.Escape(userId), cancellationToken: ct);
        return response.HasValue ? response.Value : null;
    }

    public Task SaveAsync(ConversationEntity conversation, CancellationToken ct)
    {
        conversation.RowKey = Keys.Escape(conversation.UserId);
        return Rows.UpsertCheckedAsync(conversation, ct);
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
