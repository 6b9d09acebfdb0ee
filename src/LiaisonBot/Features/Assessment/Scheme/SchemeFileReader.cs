using LiaisonBot.Spreadsheets;
using Sheets = LiaisonBot.Features.Assessment.Scheme.SchemeFileSheets;

namespace LiaisonBot.Features.Assessment.Scheme;

/// <summary>
/// Reads the scheme workbook (.xlsx) and checks it whole: the scheme, or every problem by sheet and row, never part of a
/// file. Unpacked under a budget, whatever the zip claims about itself.
/// </summary>
public static class SchemeFileReader
{
    /// <summary>
    /// Whether the bytes are a workbook with the scheme's own sheets of sections or items: how an upload is told apart
    /// from a plan file and from the points rules (which have neither).
    /// </summary>
    public static bool IsSchemeWorkbook(byte[] bytes, SchemeFileLimits limits)
    {
        try
        {
            return bytes.AsSpan().StartsWith(Upload.ZipSignature) && SafeZip.Repack(bytes, limits.Zip, CancellationToken.None) is { } workbook
                && Xlsx.SheetNames(workbook).Any(name => Sheets.Items.Matches(name) || Sheets.Sections.Matches(name));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    public static SchemeFileRead Read(byte[] bytes, string fileName, SchemeFileLimits limits, CancellationToken ct)
    {
        if (bytes.Length == 0)
        {
            return Failed("File.Empty");
        }

        if (!bytes.AsSpan().StartsWith(Upload.ZipSignature))
        {
            return Failed("Assessment.File.NotWorkbook", fileName);
        }

        try
        {
            if (SafeZip.Repack(bytes, limits.Zip, ct) is not { } workbook)
            {
                return Failed("Assessment.File.ZipBomb", fileName);
            }

            var names = Xlsx.SheetNames(workbook);
            var missing = Sheets.All.Where(s => !names.Any(s.Matches)).ToList();
            if (missing.Count > 0)
            {
                return SchemeFileRead.Failed([.. missing.Select(s => new SheetError("", 0, "Points.File.MissingSheet", new SheetColumn(s.Sheet, s.Label)))]);
            }

            var tables = new Dictionary<SchemeSheet, IReadOnlyList<TableRow>>();
            var errors = new List<SheetError>();
            foreach (var sheet in Sheets.All)
            {
                var table = SheetTable.Read(sheet.Sheet, Xlsx.Rows(workbook, names.First(sheet.Matches)), sheet.Columns, sheet.Required, limits.MaxRows, ct);
                if (table.TooLong)
                {
                    return SchemeFileRead.Failed(new SheetError(sheet.Sheet, 0, "Assessment.File.TooManyRows", limits.MaxRows));
                }

                errors.AddRange(table.Errors);
                tables[sheet] = table.Rows;
            }

            return errors.Count > 0 ? new SchemeFileRead(null, errors) : new SchemeFileValidator(limits).Check(tables);
        }
        catch (InvalidDataException)
        {
            return Failed("File.Unreadable", fileName);
        }
    }

    private static SchemeFileRead Failed(string key, params object[] args) => SchemeFileRead.Failed(new SheetError("", 0, key, args));
}
