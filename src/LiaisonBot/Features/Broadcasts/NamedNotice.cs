using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>The notice a button names: how cards name it, and the one way verbs read that name back.</summary>
public static class NamedNotice
{
    public static Task<BroadcastEntity?> NamedAsync(this BroadcastStore store, Turn turn, CancellationToken ct) =>
        turn.ActionId(BroadcastVerbs.Id) is { } id ? store.FindAsync(id, ct) : Task.FromResult<BroadcastEntity?>(null);

    /// <summary>The named notice if it went out (or is going out): only those can be reminded of, edited or recalled.</summary>
    public static async Task<BroadcastEntity?> NamedOutAsync(this BroadcastStore store, Turn turn, CancellationToken ct) =>
        await store.NamedAsync(turn, ct) is { IsOut: true } b ? b : null;

    public static Dictionary<string, string> Data(BroadcastEntity b) => new() { [BroadcastVerbs.Id] = b.Id };
}
