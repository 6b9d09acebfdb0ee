namespace LiaisonBot.Spreadsheets;

/// <summary>
/// One spreadsheet row as read from an .xlsx or a CSV: its number as Excel shows it, its cells in column order, and
/// whether the CSV parser had to repair it (a stray quote).
/// </summary>
internal sealed record SheetRow(int Number, IReadOnlyList<object?> Cells, bool Malformed = false)
{
    public bool IsEmpty => Cells.All(SheetCells.IsEmpty);

    public IReadOnlyList<string> Texts => Cells.Select(SheetCells.Text).ToList();
}
