using LiaisonBot.Spreadsheets;

namespace LiaisonBot.Features.Plans.Import;

/// <summary>
/// How much a plan file may hold. The text lengths keep a task readable on a phone card; the size limits keep one upload
/// from taking the bot's memory or time, whatever the file claims about itself.
/// </summary>
public sealed record PlanFileLimits
{
    public static PlanFileLimits Default { get; } = new();

    public long MaxFileBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>The most an .xlsx may unpack to, counted on the bytes actually inflated, not on what the zip declares.</summary>
    public long MaxUnpackedBytes { get; init; } = 50 * 1024 * 1024;

    /// <summary>Spreadsheet XML packs about 10:1; far beyond that is a zip bomb, not a plan.</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    public int MaxZipEntries { get; init; } = 1000;

    public ZipLimits Zip => new(MaxUnpackedBytes, MaxCompressionRatio, MaxZipEntries);

    /// <summary>Data rows per sheet: 24 groups with dozens of tasks each stay far below it.</summary>
    public int MaxRows { get; init; } = 2000;

    public int MaxErrors { get; init; } = 50;

    public int MaxNo { get; init; } = 20;

    public int MaxTitle { get; init; } = 100;

    public int MaxDescription { get; init; } = 1000;

    public int MaxGoals { get; init; } = 1000;

    public int MaxRequirements { get; init; } = 1000;

    public int MaxOutcome { get; init; } = 300;

    /// <summary>One learning item, activity method or plan item.</summary>
    public int MaxItem { get; init; } = 200;

    public int MaxItems { get; init; } = 20;
}
