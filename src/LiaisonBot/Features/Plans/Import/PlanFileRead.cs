using LiaisonBot.Spreadsheets;

namespace LiaisonBot.Features.Plans.Import;

/// <summary>What reading a plan file gave: the checked workbook, or every problem found in it.</summary>
public sealed record PlanFileRead(PlanWorkbook? Workbook, IReadOnlyList<SheetError> Errors)
{
    public bool Succeeded => Workbook is not null && Errors.Count == 0;

    public static PlanFileRead Failed(params SheetError[] errors) => new(null, errors);
}
