using LiaisonBot.Spreadsheets;
using Sheets = LiaisonBot.Features.DutyFile.Points.RuleFileSheets;

namespace LiaisonBot.Features.DutyFile.Points;

/// <summary>
/// Reads the points rules workbook (.xlsx) and checks it whole: the rules, or every problem by sheet and row, never part
/// of a file. Unpacked under the same budget as a plan file, whatever the zip claims about itself.
/// </summary>
public static class RuleFileReader
{
    /// <summary>Whether the bytes are a workbook with the rules' own sheet of activity points: how an upload is told apart from a plan file.</summary>
    public static bool IsRulesWorkbook(byte[] bytes, RuleFileLimits limits)
    {
        try
        {
            return bytes.AsSpan().StartsWith(Upload.ZipSignature) && SafeZip.Repack(bytes, limits.Zip, CancellationToken.None) is { } workbook
                && Xlsx.SheetNames(workbook).Any(Sheets.Kinds.Matches);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    public static RuleFileRead Read(byte[] bytes, string fileName, RuleFileLimits limits, CancellationToken ct)
    {
        if (bytes.Length == 0)
        {
            return Failed("File.Empty");
        }

        if (!bytes.AsSpan().StartsWith(Upload.ZipSignature))
        {
            return Failed("Points.File.NotWorkbook", fileName);
        }

        try
        {
            if (SafeZip.Repack(bytes, limits.Zip, ct) is not { } workbook)
            {
                return Failed("Points.File.ZipBomb", fileName);
            }

            var names = Xlsx.SheetNames(workbook);
            var missing = Sheets.All.Where(s => s.Required && !names.Any(s.Matches)).ToList();
            if (missing.Count > 0)
            {
                return RuleFileRead.Failed([.. missing.Select(s => new SheetError("", 0, "Points.File.MissingSheet", new SheetColumn(s.Sheet, s.Label)))]);
            }

            var tables = new Dictionary<RuleSheet, IReadOnlyList<TableRow>>();
            var errors = new List<SheetError>();
            foreach (var sheet in Sheets.All)
            {
                if (names.FirstOrDefault(sheet.Matches) is not { } name)
                {
                    tables[sheet] = [];
                    continue;
                }

                var table = SheetTable.Read(sheet.Sheet, Xlsx.Rows(workbook, name), sheet.Columns, sheet.Columns, limits.MaxRows, ct);
                if (table.TooLong)
                {
                    return RuleFileRead.Failed(new SheetError(sheet.Sheet, 0, "Points.File.TooManyRows", limits.MaxRows));
                }

                errors.AddRange(table.Errors);
                tables[sheet] = table.Rows;
            }

            if (errors.Count > 0)
            {
                return new RuleFileRead(null, errors);
            }

            return new RuleFileValidator(limits).Check(tables);
        }
        catch (InvalidDataException)
        {
            return Failed("File.Unreadable", fileName);
        }
    }

    private static RuleFileRead Failed(string key, params object[] args) => RuleFileRead.Failed(new SheetError("", 0, key, args));
}
