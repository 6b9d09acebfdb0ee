namespace LiaisonBot.Protocol;

/// <summary>Which team and channel an activity came from (bot-protocol.md §0, §3.1).</summary>
public static class TeamsChannel
{
    private const string ThreadMarker = ";messageid=";

    public static bool IsChannel(Activity activity) => activity.Conversation?.ConversationType == "channel";

    /// <summary>
    /// The channel's id: <c>channelData.channel.id</c>, else the conversation id without the thread part (a post in a
    /// channel arrives as <c>{channelId};messageid={root}</c>). Null outside channels.
    /// </summary>
    public static string? ChannelId(Activity activity)
    {
        if (!IsChannel(activity))
        {
            return null;
        }

        if (activity.ChannelData?.Channel?.Id is { Length: > 0 } id)
        {
            return id;
        }

        var conversation = activity.Conversation?.Id;
        var thread = conversation?.IndexOf(ThreadMarker, StringComparison.Ordinal) ?? -1;
        return thread >= 0 ? conversation![..thread] : conversation is { Length: > 0 } ? conversation : null;
    }

    public static string? TeamId(Activity activity) => activity.ChannelData?.Team?.Id is { Length: > 0 } id ? id : null;

    public static string? TenantId(Activity activity) => activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;
}
