namespace LiaisonBot.Spreadsheets;

/// <summary>
/// A data row of a table, its cells looked up by column (a column the header lacks reads as blank), and whether the CSV
/// parser had to repair it.
/// </summary>
internal sealed record TableRow(int Number, IReadOnlyDictionary<SheetColumn, object?> Cells, bool Malformed = false)
{
    public object? this[SheetColumn column] => Cells.GetValueOrDefault(column);

    public string Text(SheetColumn column) => SheetCells.Text(this[column]);
}

/// <summary>A table as read: its data rows, or the header's missing columns, or the fact that it runs past the limit.</summary>
internal sealed record TableRead(IReadOnlyList<TableRow> Rows, IReadOnlyList<SheetError> Errors, bool TooLong);

/// <summary>
/// Reads a table whose first non-empty row is its header, as the secretariat's workbooks are laid out: the data rows, or
/// the columns the header lacks, or that it runs past the limit (or reaches so far down that reading on would cost more
/// than a real file does).
/// </summary>
internal static class SheetTable
{
    public static TableRead Read(string sheet, IEnumerable<SheetRow> rows, IReadOnlyList<SheetColumn> columns,
        IReadOnlyList<SheetColumn> required, int maxRows, CancellationToken ct)
    {
        Dictionary<SheetColumn, int>? header = null;
        var data = new List<TableRow>();
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            // A few bytes of XML can place one cell a million rows down, and MiniExcel yields every blank row before it.
            if (row.Number > 2 * maxRows)
            {
                return new TableRead([], [], TooLong: true);
            }

            if (row.IsEmpty)
            {
                continue;
            }

            if (header is null)
            {
                header = SheetColumn.Index(columns, row.Texts);
                var missing = required.Where(c => !header.ContainsKey(c)).ToList();
                if (missing.Count > 0)
                {
                    return new TableRead([], [.. missing.Select(c => new SheetError(sheet, row.Number, "Sheet.MissingColumn", c))], TooLong: false);
                }

                continue;
            }

            if (data.Count == maxRows)
            {
                return new TableRead([], [], TooLong: true);
            }

            data.Add(new TableRow(row.Number, header.ToDictionary(c => c.Key, c => c.Value < row.Cells.Count ? row.Cells[c.Value] : null), row.Malformed));
        }

        return new TableRead(data, [], TooLong: false);
    }
}
