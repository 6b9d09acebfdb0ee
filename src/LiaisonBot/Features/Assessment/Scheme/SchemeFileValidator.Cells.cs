using System.Text.RegularExpressions;
using LiaisonBot.Spreadsheets;

namespace LiaisonBot.Features.Assessment.Scheme;

/// <summary>The cells of a scheme workbook: codes, names, numbers, dates and the words of a fixed set, each with its error.</summary>
internal sealed partial class SchemeFileValidator
{
    /// <summary>A code others name it by, given once in its sheet (whatever its case).</summary>
    private string? Code(SchemeSheet sheet, TableRow row, IEnumerable<(string Code, int Row)> earlier)
    {
        var code = row.Text(SchemeFileSheets.Code);
        if (code.Length == 0 || code.Length > limits.MaxCode || !CodeText().IsMatch(code))
        {
            Error(sheet, row, "Assessment.File.BadCode", SchemeFileSheets.Code, limits.MaxCode);
            return null;
        }

        if (earlier.FirstOrDefault(e => string.Equals(e.Code, code, StringComparison.OrdinalIgnoreCase)) is { Code: not null } first)
        {
            Error(sheet, row, "Points.File.Twice", code, first.Row);
            return null;
        }

        return code;
    }

    /// <summary>
    /// A name up to <paramref name="max"/> characters; "" when it may be left blank and is; null when wrong. The error
    /// names it as <paramref name="named"/> (a setting), or else by its column.
    /// </summary>
    private string? Name(SchemeSheet sheet, TableRow row, SheetColumn column, bool required, int max, SheetColumn? named = null)
    {
        var name = row.Text(column);
        if ((required && name.Length == 0) || name.Length > max)
        {
            Error(sheet, row, "Points.File.BadName", named ?? column, max);
            return null;
        }

        return name;
    }

    /// <summary>A number the cell must hold; <paramref name="named"/> is how the error names it (the setting, or the column).</summary>
    private decimal? Number(SchemeSheet sheet, TableRow row, SheetColumn column, SheetColumn named)
    {
        var cell = row[column];
        if (SheetCells.IsEmpty(cell))
        {
            Error(sheet, row, "Points.File.NoNumber", named);
            return null;
        }

        if (!SheetCells.TryNumber(cell, out var number) || Math.Abs(number) > Largest)
        {
            Error(sheet, row, "Points.File.BadNumber", named, SheetCells.Text(cell));
            return null;
        }

        return number;
    }

    /// <summary>
    /// A date of the assessed year, or of the January after it: the self-evaluation and the annual report often run
    /// into the new year. Without a valid year any real date is taken (the year's own error is reported).
    /// </summary>
    private DateOnly? Date(SchemeSheet sheet, TableRow row, SheetColumn column, SheetColumn named, int? year)
    {
        var cell = row[column];
        if (!SheetCells.TryDate(cell, out var date))
        {
            Error(sheet, row, "Assessment.File.BadDate", named, SheetCells.Text(cell));
            return null;
        }

        if (year is { } y && (date < new DateOnly(y, 1, 1) || date > new DateOnly(y + 1, 1, 31)))
        {
            Error(sheet, row, "Assessment.File.OutsideYear", named, y, y + 1);
            return null;
        }

        return date;
    }

    /// <summary>The value a cell names from a fixed set, in English or Chinese (or a synonym); null, with an error listing the set, when none.</summary>
    private T? Word<T>(SchemeSheet sheet, TableRow row, SheetColumn column, IReadOnlyDictionary<SheetColumn, T> words, bool required,
        IReadOnlyDictionary<string, T>? synonyms = null)
        where T : struct, Enum
    {
        var written = row.Text(column);
        if (written.Length == 0)
        {
            if (required)
            {
                Error(sheet, row, "Assessment.File.Blank", column);
            }

            return null;
        }

        if (words.FirstOrDefault(w => w.Key.Matches(written)) is { Key: not null } word)
        {
            return word.Value;
        }

        if (synonyms?.FirstOrDefault(s => SheetColumn.SameName(written, s.Key)) is { Key: not null } synonym)
        {
            return synonym.Value;
        }

        Error(sheet, row, "Assessment.File.Unknown", written, column, words.Keys.ToArray());
        return null;
    }

    [GeneratedRegex(@"^[\p{L}\p{N}_.\-]+$")]
    private static partial Regex CodeText();
}
