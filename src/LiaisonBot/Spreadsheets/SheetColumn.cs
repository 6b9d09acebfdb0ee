using LiaisonBot.Localization;

namespace LiaisonBot.Spreadsheets;

/// <summary>
/// A column of an uploaded table: its English key and its Chinese label, both accepted as its header. It stands as an
/// argument in a <see cref="SheetError"/> so the message names it the way the reader wrote it.
/// </summary>
public sealed record SheetColumn(string Key, string Label)
{
    public string Name(Texts t) => t.IsChinese ? Label : Key;

    public bool Matches(string header) => SameName(header, Key) || SameName(header, Label);

    /// <summary>Headers and sheet names match whatever their case and spacing, and a BOM Excel left on the first cell.</summary>
    public static bool SameName(string written, string name) =>
        string.Equals(SheetCells.Squeeze(written), name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Which column each header cell holds; a column named twice is taken from its first cell.</summary>
    public static Dictionary<SheetColumn, int> Index(IEnumerable<SheetColumn> columns, IReadOnlyList<string> header)
    {
        var index = new Dictionary<SheetColumn, int>();
        for (var i = 0; i < header.Count; i++)
        {
            if (columns.FirstOrDefault(c => c.Matches(header[i])) is { } column)
            {
                index.TryAdd(column, i);
            }
        }

        return index;
    }
}
