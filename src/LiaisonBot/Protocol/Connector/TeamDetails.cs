namespace LiaisonBot.Protocol.Connector;

/// <summary><c>GET v3/teams/{teamId}</c>: the team's id, display name and Microsoft 365 group id.</summary>
public sealed record TeamDetails
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadGroupId { get; init; }
}

/// <summary><c>GET v3/teams/{teamId}/conversations</c>: the team's channels; the General channel has no name.</summary>
public sealed record ConversationList
{
    public IReadOnlyList<ChannelInfo> Conversations { get; init; } = [];
}
