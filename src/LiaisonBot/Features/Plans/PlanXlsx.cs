using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace LiaisonBot.Features.Plans;

/// <summary>
/// The sheets of an .xlsx plan file (already unpacked by <see cref="SafeZip"/>), read row by row through MiniExcel so a
/// sheet that is too long is left unread past its limit. Whatever MiniExcel fails with on a damaged workbook comes out as
/// <see cref="InvalidDataException"/>, the one way the reader learns that a file cannot be read.
/// </summary>
internal static class PlanXlsx
{
    // Secretariats merge the group and year cells over a group's tasks; filled in, each row carries its own.
    private static readonly OpenXmlConfiguration Configuration = new() { FillMergedCells = true };

    public static IReadOnlyList<string> SheetNames(ArraySegment<byte> workbook)
    {
        try
        {
            return MiniExcel.GetSheetNames(Open(workbook), Configuration);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidDataException("Not a readable workbook.", e);
        }
    }

    /// <summary>Every row of the sheet, numbered as Excel numbers them (MiniExcel yields the blank rows in between too).</summary>
    public static IEnumerable<SheetRow> Rows(ArraySegment<byte> workbook, string sheetName)
    {
        using var rows = MiniExcel.Query(Open(workbook), useHeaderRow: false, sheetName, ExcelType.XLSX, configuration: Configuration)
            .GetEnumerator();
        for (var number = 1; ; number++)
        {
            try
            {
                if (!rows.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new InvalidDataException($"Sheet {sheetName} is not readable at row {number}.", e);
            }

            var cells = (IDictionary<string, object?>)rows.Current;
            yield return new SheetRow(number, cells.Values.ToList());
        }
    }

    private static MemoryStream Open(ArraySegment<byte> workbook) =>
        new(workbook.Array!, workbook.Offset, workbook.Count, writable: false);
}
