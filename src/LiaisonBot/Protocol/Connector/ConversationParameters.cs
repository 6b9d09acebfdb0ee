using System.Text.Json;
using System.Text.Json.Serialization;

namespace LiaisonBot.Protocol.Connector;

/// <summary>
/// Body of <c>POST v3/conversations</c> (bot-protocol.md §4.1, §4.2). A 1:1 chat: <see cref="Bot"/>, one member,
/// <see cref="TenantId"/> and <c>channelData.tenant</c>. A new channel thread: <see cref="IsGroup"/>,
/// <c>channelData.channel</c> and the first <see cref="Activity"/>.
/// </summary>
public sealed record ConversationParameters
{
    public bool? IsGroup { get; init; }
    public ChannelAccount? Bot { get; init; }
    public IReadOnlyList<ChannelAccount>? Members { get; init; }
    public string? TopicName { get; init; }
    public string? TenantId { get; init; }
    public Activity? Activity { get; init; }
    public TeamsChannelData? ChannelData { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Rest { get; init; }
}
