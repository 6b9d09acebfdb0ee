using LiaisonBot.App;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.DutyFile;

/// <summary>
/// Which members the secretariat's points list shows: a group, a grade, and whether only those below the yearly minimums
/// (未履职委员). Read from the card, and kept only where it names a real group or grade: anything else shows everyone.
/// </summary>
public sealed record PointsFilter(string? Group, string? Grade, bool Below)
{
    /// <summary>The choice that shows every group, or every grade.</summary>
    public const string All = "all";

    public static PointsFilter Everyone { get; } = new(null, null, false);

    public static PointsFilter From(Turn turn, Committee roster, PointsRules rules) => new(
        roster.Group(turn.ActionString(DutyFileVerbs.Group))?.Code,
        rules.Grades.FirstOrDefault(g => g.Chinese == turn.ActionString(DutyFileVerbs.Grade))?.Chinese,
        turn.ActionString(DutyFileVerbs.Below) == "true");

    public bool Shows(DutyPointsEntity row) => (Grade is null || row.Grade == Grade) && (!Below || !row.MinimumsMet);

    /// <summary>The filter as card data, so paging and the year switch keep it.</summary>
    public Dictionary<string, string> Data() => new()
    {
        [DutyFileVerbs.Group] = Group ?? All,
        [DutyFileVerbs.Grade] = Grade ?? All,
        [DutyFileVerbs.Below] = Below ? "true" : "false",
    };
}
