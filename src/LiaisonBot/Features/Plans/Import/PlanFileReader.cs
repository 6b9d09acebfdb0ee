using LiaisonBot.App;
using LiaisonBot.Spreadsheets;

namespace LiaisonBot.Features.Plans.Import;

/// <summary>
/// Reads an uploaded plan file — an .xlsx workbook with a 计划 (plans) and/or 任务 (tasks) sheet, or one of those tables
/// as CSV — and checks it whole against the roster: a <see cref="PlanWorkbook"/>, or every problem by sheet and row,
/// never part of a file. The file decides what it is by its bytes, not by its name.
/// </summary>
public static class PlanFileReader
{
    private static readonly byte[] Pdf = "%PDF"u8.ToArray();

    // The compound-file signature of .xls (and of an encrypted .xlsx): a workbook, but one to re-save, not a bad file.
    private static readonly byte[] OldOffice = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static async Task<PlanFileRead> ReadAsync(
        Stream content, string fileName, Committee roster, PlanFileLimits limits, CancellationToken ct)
    {
        var bytes = await Upload.ReadAtMostAsync(content, limits.MaxFileBytes, ct);
        return bytes is null ? Failed("File.TooLarge", Upload.Size(limits.MaxFileBytes)) : Read(bytes, fileName, roster, limits, ct);
    }

    public static PlanFileRead Read(byte[] bytes, string fileName, Committee roster, PlanFileLimits limits, CancellationToken ct)
    {
        var start = bytes.AsSpan();
        if (start.IsEmpty)
        {
            return Failed("File.Empty");
        }

        if (start.StartsWith(Upload.ZipSignature))
        {
            return ReadWorkbook(bytes, fileName, roster, limits, ct);
        }

        if (start.StartsWith(OldOffice))
        {
            return Failed("Plans.File.OldExcel", fileName);
        }

        return !start.StartsWith(Pdf) && PlanCsv.Decode(bytes) is { } text
            ? ReadCsv(text, roster, limits, ct)
            : Failed("Plans.File.NotSpreadsheet", fileName);
    }

    private static PlanFileRead ReadWorkbook(byte[] bytes, string fileName, Committee roster, PlanFileLimits limits, CancellationToken ct)
    {
        try
        {
            if (SafeZip.Repack(bytes, limits.Zip, ct) is not { } workbook)
            {
                return Failed("Plans.File.ZipBomb", fileName);
            }

            var names = Xlsx.SheetNames(workbook);
            var sheets = PlanFileColumns.Tables
                .Select(table => (Table: table, Name: names.FirstOrDefault(table.Matches)))
                .Where(sheet => sheet.Name is not null)
                .ToList();
            if (sheets.Count == 0)
            {
                return Failed("Plans.File.NoSheets", (object)names.ToArray());
            }

            var validator = new PlanFileValidator(roster, limits);
            foreach (var (table, name) in sheets)
            {
                if (!validator.Add(table, Xlsx.Rows(workbook, name!), ct))
                {
                    return TooManyRows(table, limits);
                }
            }

            return validator.Result();
        }
        catch (InvalidDataException)
        {
            return Failed("File.Unreadable", fileName);
        }
    }

    /// <summary>A CSV holds one table, told by its header.</summary>
    private static PlanFileRead ReadCsv(string text, Committee roster, PlanFileLimits limits, CancellationToken ct)
    {
        if (PlanCsv.Rows(text).FirstOrDefault(row => !row.IsEmpty) is not { } header)
        {
            return Failed("File.Empty");
        }

        if (PlanFileColumns.TableOf(header.Texts) is not { } table)
        {
            return Failed("Plans.File.UnknownTable");
        }

        var validator = new PlanFileValidator(roster, limits);
        return validator.Add(table, PlanCsv.Rows(text), ct) ? validator.Result() : TooManyRows(table, limits);
    }

    private static PlanFileRead TooManyRows(PlanTable table, PlanFileLimits limits) =>
        PlanFileRead.Failed(new SheetError(table.Sheet, 0, "Plans.File.TooManyRows", limits.MaxRows));

    private static PlanFileRead Failed(string key, params object[] args) => PlanFileRead.Failed(new SheetError("", 0, key, args));
}
