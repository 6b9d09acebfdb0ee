using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LiaisonBot.Calendar;

namespace LiaisonBot.Spreadsheets;

/// <summary>
/// What a cell means, whether it came from an .xlsx (text, number, date) or a CSV (always text): the ways a secretariat
/// writes a year, a date or a number.
/// </summary>
internal static partial class SheetCells
{
    // Excel serial numbers for 2000-01-01 and 2100-01-01: a date outside that range is a typo, not a date.
    private const double FirstSerial = 36526;
    private const double EndSerial = 73051;

    public static bool IsEmpty(object? cell) => Text(cell).Length == 0;

    /// <summary>The cell as the secretariat sees it: trimmed, line breaks as \n, whole numbers without ".0".</summary>
    public static string Text(object? cell) => cell switch
    {
        null => "",
        string s => s.Replace("\r\n", "\n").Replace('\r', '\n').Trim(),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
        DateTime t => WorkCalendar.Iso(DateOnly.FromDateTime(t)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => cell.ToString()?.Trim() ?? "",
    };

    /// <summary>
    /// Without spaces, which inside a name only line up two-character names ("吴  斌"), and without the BOM Excel may leave
    /// on a first header.
    /// </summary>
    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\uFEFF'));

    /// <summary>2027, "2027", "2027年" or "2027年度".</summary>
    public static bool TryYear(object? cell, out int year)
    {
        var match = YearText().Match(Halfwidth(cell));
        year = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return match.Success && year is >= 2000 and < 2100;
    }

    /// <summary>
    /// A date cell, an Excel serial number (a date cell whose format was lost), 20270331, or text written the ways
    /// Chinese offices write dates: 2027-03-31, 2027/3/31, 2027.3.31, 2027年3月31日, with or without a time after it.
    /// </summary>
    public static bool TryDate(object? cell, out DateOnly date)
    {
        date = default;
        switch (cell)
        {
            case DateTime t:
                date = DateOnly.FromDateTime(t);
                return true;
            case double d:
                return TrySerial(d, out date);
        }

        var text = Halfwidth(cell);
        if (DateText().Match(text) is { Success: true } match)
        {
            return TryDate(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, out date);
        }

        return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            && TrySerial(number, out date);
    }

    /// <summary>A number cell, or text holding one as an office writes it: "5", "-2", "2.5", full-width "５", "+10".</summary>
    public static bool TryNumber(object? cell, out decimal number)
    {
        number = 0;
        if (cell is double d)
        {
            if (!double.IsFinite(d) || Math.Abs(d) > 1e9)
            {
                return false;
            }

            number = (decimal)d;
            return true;
        }

        return decimal.TryParse(Halfwidth(cell), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)
            && Math.Abs(number) <= 1_000_000_000m;
    }

    /// <summary>Full-width digits and punctuation, as a Chinese input method types them (２０２７／３／３１), as ASCII.</summary>
    private static string Halfwidth(object? cell) => Text(cell).Normalize(NormalizationForm.FormKC);

    private static bool TrySerial(double number, out DateOnly date)
    {
        date = default;
        if (number == Math.Floor(number) && number is >= 20000101 and < 21000101)
        {
            var digits = number.ToString("0", CultureInfo.InvariantCulture);
            return TryDate(digits[..4], digits[4..6], digits[6..], out date);
        }

        if (number is < FirstSerial or >= EndSerial)
        {
            return false;
        }

        date = DateOnly.FromDateTime(DateTime.FromOADate(number));
        return true;
    }

    private static bool TryDate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        var (y, m, d) = (int.Parse(year, CultureInfo.InvariantCulture), int.Parse(month, CultureInfo.InvariantCulture),
            int.Parse(day, CultureInfo.InvariantCulture));
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    [GeneratedRegex(@"^([0-9]{4})\s*(?:年度?)?$")]
    private static partial Regex YearText();

    [GeneratedRegex(@"^(?<y>[0-9]{4})\s*[-/.年]\s*(?<m>[0-9]{1,2})\s*[-/.月]\s*(?<d>[0-9]{1,2})\s*日?(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$")]
    private static partial Regex DateText();
}
