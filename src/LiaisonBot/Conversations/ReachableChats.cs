using LiaisonBot.Outbox;

namespace LiaisonBot.Conversations;

public static class ReachableChats
{
    /// <summary>
    /// These members' 1:1 chats as outbox recipients, each named by member code and getting the payload in their language
    /// (see <see cref="ConversationStore.ReachableAsync"/>); members without a chat are left out.
    /// </summary>
    public static List<OutboxRecipient> Recipients(this IReadOnlyDictionary<string, ConversationEntity> reachable, IEnumerable<string> codes) =>
        [.. codes.Where(reachable.ContainsKey).Select(code => reachable[code].Recipient(code))];
}
