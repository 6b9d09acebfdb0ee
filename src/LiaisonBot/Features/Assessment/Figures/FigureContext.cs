using LiaisonBot.App;

namespace LiaisonBot.Features.Assessment.Figures;

/// <summary>What a group's figures of a year are computed for: the year, the group and its members as the roster has them now.</summary>
/// <param name="Reads">Reads of this group's data, shared by its items.</param>
/// <param name="YearReads">Reads of the year's data every group shares, shared by the groups of one recompute.</param>
public sealed record FigureContext(int Year, Group Group, IReadOnlyList<Member> Members, ReadOnce Reads, ReadOnce YearReads)
{
    public IReadOnlyList<string> Codes { get; } = [.. Members.Select(m => m.Code)];
}
