namespace LiaisonBot.Features.Plans.Import;

/// <summary>
/// A problem in an uploaded plan file: the sheet ("plans" or "tasks", or the file itself: ""), the spreadsheet row
/// (1 = header; 0 = the whole file), and a localized message key with its arguments.
/// </summary>
public sealed record PlanFileError(string Sheet, int Row, string Key, params object[] Args);

/// <summary>What reading a plan file gave: the checked workbook, or every problem found in it.</summary>
public sealed record PlanFileRead(PlanWorkbook? Workbook, IReadOnlyList<PlanFileError> Errors)
{
    public bool Succeeded => Workbook is not null && Errors.Count == 0;

    public static PlanFileRead Failed(params PlanFileError[] errors) => new(null, errors);
}
