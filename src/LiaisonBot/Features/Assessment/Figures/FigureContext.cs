using System.Collections.Concurrent;
using LiaisonBot.App;

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

/// <summary>What a group's figures of a year are computed for: the year, the group and its members as the roster has them now.</summary>
/// <param name="Reads">Reads of this group's data, shared by its items.</param>
/// <param name="YearReads">Reads of the year's data every group shares, shared by the groups of one recompute.</param>
public sealed record FigureContext(int Year, Group Group, IReadOnlyList<Member> Members, ReadOnce Reads, ReadOnce YearReads)
{
    public IReadOnlyList<string> Codes { get; } = [.. Members.Select(m => m.Code)];
}
