using System.Collections.Concurrent;

namespace LiaisonBot.Features.Assessment.Figures;

/// <summary>
/// Reads made once however many items ask for them: two items on the group's channel reports (the annual report, the
/// progress reports) cost one read. One per group; a year's recompute shares another across its groups for what is the
/// same for every group (the year's closed scoring rounds).
/// </summary>
public sealed class ReadOnce
{
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> reads = new();

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> read)
        where T : class =>
        (T)await reads.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await read())).Value;
}
