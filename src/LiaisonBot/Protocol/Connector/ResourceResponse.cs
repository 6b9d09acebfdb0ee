namespace LiaisonBot.Protocol.Connector;

/// <summary>What send, reply and update return: the id of the activity, needed later to update or delete it.</summary>
public sealed record ResourceResponse
{
    public string? Id { get; init; }
}
