using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace LiaisonBot.Spreadsheets;

/// <summary>
/// The sheets of an uploaded .xlsx file (already unpacked by <see cref="SafeZip"/>), read row by row through MiniExcel so a
/// sheet that is too long is left unread past its limit. Merged cells are not filled in: MiniExcel finds them only by
/// reading the whole sheet first, so each row must carry its own values (the templates say so). Whatever MiniExcel
/// fails with on a damaged workbook comes out as <see cref="InvalidDataException"/>, the one way the reader learns that a
/// file cannot be read.
/// </summary>
internal static class Xlsx
{
    // MiniExcel spills large shared-string tables to a temp file by default; the unpacked workbook is already bounded in
    // memory, and an upload should leave nothing on disk.
    private static readonly OpenXmlConfiguration Configuration = new() { EnableSharedStringCache = false };

    public static IReadOnlyList<string> SheetNames(ArraySegment<byte> workbook) =>
        Guarded(() => MiniExcel.GetSheetNames(Open(workbook), Configuration));

    /// <summary>Every row of the sheet, numbered as Excel numbers them (MiniExcel yields the blank rows in between too).</summary>
    public static IEnumerable<SheetRow> Rows(ArraySegment<byte> workbook, string sheetName)
    {
        using var rows = Guarded(() =>
            MiniExcel.Query(Open(workbook), useHeaderRow: false, sheetName, ExcelType.XLSX, configuration: Configuration).GetEnumerator());
        for (var number = 1; Guarded(rows.MoveNext); number++)
        {
            yield return new SheetRow(number, ((IDictionary<string, object?>)rows.Current).Values.ToList());
        }
    }

    private static T Guarded<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidDataException("The workbook is not readable.", e);
        }
    }

    private static MemoryStream Open(ArraySegment<byte> workbook) =>
        new(workbook.Array!, workbook.Offset, workbook.Count, writable: false);
}
