using LiaisonBot.Conversations;

namespace LiaisonBot.Features.Roster;

/// <summary>Who has the app installed: whom the bot's notices reach.</summary>
public sealed class InstalledMembers(ConversationStore conversations)
{
    public async Task<HashSet<string>> CodesAsync(CancellationToken ct) =>
        (await conversations.AllAsync(ct)).Where(c => c.Installed && c.MemberCode is not null)
            .Select(c => c.MemberCode!).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
