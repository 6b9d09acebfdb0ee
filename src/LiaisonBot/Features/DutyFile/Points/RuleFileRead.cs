using LiaisonBot.Spreadsheets;

namespace LiaisonBot.Features.DutyFile.Points;

/// <summary>What reading a rules workbook gave: the rules, or every problem found in it (then no rules at all).</summary>
public sealed record RuleFileRead(PointsRules? Rules, IReadOnlyList<SheetError> Errors)
{
    public bool Succeeded => Rules is not null && Errors.Count == 0;

    public static RuleFileRead Failed(params SheetError[] errors) => new(null, errors);
}

/// <summary>How much a rules workbook may hold: a county's rules fit on a page.</summary>
public sealed record RuleFileLimits
{
    public static RuleFileLimits Default { get; } = new();

    public ZipLimits Zip { get; init; } = new(MaxUnpackedBytes: 10 * 1024 * 1024, MaxCompressionRatio: 100, MaxEntries: 200);

    public int MaxRows { get; init; } = 100;

    public int MaxErrors { get; init; } = 50;

    public int MaxName { get; init; } = 20;
}
