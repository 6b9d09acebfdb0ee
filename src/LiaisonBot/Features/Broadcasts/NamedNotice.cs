using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>The notice a button names: how cards name it, and the one way verbs read that name back.</summary>
public static class NamedNotice
{
    public static Task<BroadcastEntity?> NamedAsync(this BroadcastStore store, Turn turn, CancellationToken ct) =>
        turn.ActionId(BroadcastVerbs.Id) is { } id ? store.FindAsync(id, ct) : Task.FromResult<BroadcastEntity?>(null);

    public static Dictionary<string, string> Data(BroadcastEntity b) => new() { [BroadcastVerbs.Id] = b.Id };
}
