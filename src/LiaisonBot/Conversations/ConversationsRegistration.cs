using LiaisonBot.Storage;

namespace LiaisonBot.Conversations;

public static class ConversationsRegistration
{
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddTable(ConversationStore.Table);
        services.AddSingleton<ConversationStore>();
        return services;
    }
}
