using LiaisonBot.Spreadsheets;

namespace LiaisonBot.Features.Assessment.Scheme;

/// <summary>What reading a scheme workbook gave: the scheme, or every problem found in it (then no scheme at all).</summary>
public sealed record SchemeFileRead(AssessmentScheme? Scheme, IReadOnlyList<SheetError> Errors)
{
    public bool Succeeded => Scheme is not null && Errors.Count == 0;

    public static SchemeFileRead Failed(params SheetError[] errors) => new(null, errors);
}

/// <summary>How much a scheme workbook may hold: a county's scheme fits on two pages.</summary>
public sealed record SchemeFileLimits
{
    public static SchemeFileLimits Default { get; } = new();

    public ZipLimits Zip { get; init; } = new(MaxUnpackedBytes: 10 * 1024 * 1024, MaxCompressionRatio: 100, MaxEntries: 200);

    // Every item is a line of the scheme card, which must stay within what Teams shows (28 KB): 50 is twice a real scheme.
    public int MaxRows { get; init; } = 50;

    public int MaxErrors { get; init; } = 50;

    /// <summary>Names are shown on phones: "常委会测评" or "the Standing Committee's score", not a paragraph.</summary>
    public int MaxName { get; init; } = 40;

    public int MaxCode { get; init; } = 20;
}
