using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Spreadsheets;

/// <summary>
/// A problem in an uploaded file: the sheet (its English name, or "" for the file itself), the spreadsheet row (1 = header;
/// 0 = the whole sheet or file), and a localized message key with its arguments.
/// </summary>
public sealed record SheetError(string Sheet, int Row, string Key, params object[] Args)
{
    /// <summary>
    /// The error as the secretariat reads it, in their language: where (sheet and row), then what. A sheet is named by the
    /// text <c>{sheetTexts}.{Sheet}</c>.
    /// </summary>
    public string Line(Texts t, string sheetTexts)
    {
        var message = t.Format(Key, [.. Args.Select(arg => InLanguage(arg, t))]);
        if (Sheet.Length == 0)
        {
            return message;
        }

        var sheet = t[$"{sheetTexts}.{Sheet}"];
        return Row == 0 ? t.Format("Sheet.InSheet", sheet, message) : t.Format("Sheet.AtRow", sheet, Row, message);
    }

    /// <summary>
    /// What a card shows for a file that was not loaded: <c>{failedKey}</c> (a plural text of the count), then the first
    /// 20 problems, one a line, and how many more there are.
    /// </summary>
    public static IEnumerable<CardElement> Listed(Texts t, IReadOnlyList<SheetError> errors, string failedKey, string sheetTexts)
    {
        const int Shown = 20;
        yield return new TextBlock(t.Plural(failedKey, errors.Count)) { Color = TextColor.Attention, Weight = TextWeight.Bolder };
        yield return new TextBlock(string.Join("\n", errors.Take(Shown).Select(e => "- " + e.Line(t, sheetTexts)))) { Size = TextSize.Small };
        if (errors.Count > Shown)
        {
            yield return new TextBlock(t.Format("List.More", errors.Count - Shown)) { IsSubtle = true };
        }
    }

    private static object InLanguage(object arg, Texts t) => arg switch
    {
        SheetColumn column => column.Name(t),
        SheetColumn[] columns => string.Join(t.IsChinese ? "、" : ", ", columns.Select(c => c.Name(t))),
        string[] list => string.Join(t.IsChinese ? "、" : ", ", list),
        _ => arg,
    };
}
