using System.Text.RegularExpressions;
using LiaisonBot.Spreadsheets;

namespace LiaisonBot.Features.Plans.Import;

/// <summary>The plan file's own ways of writing a list: learning items and methods one per line, owners by name or code.</summary>
internal static partial class PlanCells
{
    private static readonly string[] WholeGroup = ["全组", "全体", "all"];

    /// <summary>One item per line, or items separated by ；/; — with any "1." "（2）" "三、" numbering taken off.</summary>
    public static IReadOnlyList<string> Items(object? cell) =>
        ItemSeparators().Split(SheetCells.Text(cell))
            .Select(item => Numbering().Replace(item.Trim(), "").Trim())
            .Where(item => item.Length > 0)
            .ToList();

    /// <summary>The names or codes in an owners cell; empty when the cell is blank or says the whole group.</summary>
    public static IReadOnlyList<string> Owners(object? cell)
    {
        var owners = OwnerSeparators().Split(SheetCells.Text(cell)).Select(SheetCells.Squeeze).Where(o => o.Length > 0).ToList();
        return owners.Any(o => WholeGroup.Contains(o, StringComparer.OrdinalIgnoreCase)) ? [] : owners;
    }

    [GeneratedRegex("[\n;；]")]
    private static partial Regex ItemSeparators();

    [GeneratedRegex(@"^(?:[（(]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.．、)）](?!\d)|[一二三四五六七八九十]{1,3}\s*、)")]
    private static partial Regex Numbering();

    [GeneratedRegex("[、，,；;\n]")]
    private static partial Regex OwnerSeparators();
}
