namespace LiaisonBot.Spreadsheets;

/// <summary>Names of the sheets of a workbook the bot writes, as Excel accepts them.</summary>
public static class SheetNames
{
    private static readonly char[] NotInSheetNames = ['[', ']', ':', '*', '?', '/', '\\'];

    /// <summary>A sheet name Excel accepts (31 characters, none of []:*?/\), not already taken.</summary>
    public static string Unique(string name, IEnumerable<string> taken)
    {
        var clean = string.Concat(name.Where(c => !NotInSheetNames.Contains(c))).Trim();
        clean = clean.Length == 0 ? "-" : clean[..Math.Min(clean.Length, 31)];
        var result = clean;
        for (var n = 2; taken.Contains(result, StringComparer.OrdinalIgnoreCase); n++)
        {
            result = $"{clean[..Math.Min(clean.Length, 28)]}({n})";
        }

        return result;
    }
}
