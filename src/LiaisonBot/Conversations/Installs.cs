using LiaisonBot.Protocol;

namespace LiaisonBot.Conversations;

/// <summary>Recognises the activities that mean "the app was added to / removed from this chat".</summary>
public static class Installs
{
    public static bool IsInstall(Activity activity) => IsBotAdded(activity) ||
        (activity.Type == ActivityTypes.InstallationUpdate && activity.Action is "add" or "add-upgrade");

    public static bool IsUninstall(Activity activity) =>
        activity.Type == ActivityTypes.InstallationUpdate && activity.Action == "remove";

    /// <summary>A conversationUpdate whose membersAdded holds the bot itself.</summary>
    public static bool IsBotAdded(Activity activity) =>
        activity.Type == ActivityTypes.ConversationUpdate &&
        activity.MembersAdded?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true;
}
