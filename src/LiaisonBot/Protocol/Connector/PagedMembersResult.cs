namespace LiaisonBot.Protocol.Connector;

/// <summary>One page of <c>GET v3/conversations/{id}/pagedmembers</c>; ask again with the token until it is null.</summary>
public sealed record PagedMembersResult
{
    public IReadOnlyList<TeamsChannelAccount> Members { get; init; } = [];
    public string? ContinuationToken { get; init; }
}
