using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LiaisonBot.Cards;

/// <summary>
/// Reads what a card sent. Card data is untrusted: any field may be missing, of the wrong JSON type, huge, or full of
/// control characters and broken surrogates; what comes back is always a clean string of bounded length.
/// </summary>
public static class CardData
{
    /// <summary>What is wrong with a text field's length, if anything.</summary>
    public static FieldError? Length(string value, int max, bool required) =>
        required && value.Length == 0 ? new FieldError("Form.Required")
        : value.Length > max ? new FieldError("Form.TooLong", max, value.Length)
        : null;

    /// <summary>Records the length error of <paramref name="field"/>, if it has one.</summary>
    public static void CheckLength(this Dictionary<string, FieldError> errors, string field, string value, int max, bool required)
    {
        if (Length(value, max, required) is { } error)
        {
            errors[field] = error;
        }
    }

    /// <summary>
    /// A date as the date input sends it (yyyy-MM-dd), in the years a committee's work can fall in; null for anything else.
    /// The calendar's own ends are no dates anyone means, and 0001-01-01 in UTC+8 is before the first instant there is.
    /// </summary>
    public static DateOnly? Date(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 1900 and <= 2999
            ? date
            : null;

    /// <summary>
    /// A number as typed, to show back in an <see cref="InputNumber"/>; null for anything else. Infinity and NaN parse
    /// ("1e309", "NaN") but cannot be written as JSON, so they are not numbers a card can show.
    /// </summary>
    public static double? Number(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number : null;

    /// <summary>A typed list (member codes, groups): split at commas and semicolons, ASCII or full-width, blanks dropped.</summary>
    public static string[] List(string value) =>
        value.Split([',', ';', '，', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>An empty field means "not given": no stored value, no value shown on a card.</summary>
    public static string? OrNull(string value) => value.Length == 0 ? null : value;

    /// <summary>A string field of the card data; anything that is not a string counts as empty.</summary>
    public static string Text(JsonElement? data, string field, int keep, bool multiline = false)
    {
        if (data is not { ValueKind: JsonValueKind.Object } d || !d.TryGetProperty(field, out var v) || v.ValueKind != JsonValueKind.String)
        {
            return "";
        }

        var raw = v.GetString()!;
        return Clean(raw.Length > keep * 2 ? raw[..(keep * 2)] : raw, multiline) is var clean && clean.Length > keep ? clean[..keep] : clean;
    }

    /// <summary>Keeps line breaks where they belong, turns tabs into spaces and drops other control characters.</summary>
    private static string Clean(string text, bool multiline)
    {
        var sb = new StringBuilder(text.Length);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                sb.Append(multiline ? '\n' : ' ');
            }
            else if (c == '\t')
            {
                sb.Append(' ');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]); // an emoji or rare character: keep the pair
            }
            else if (!char.IsControl(c) && !char.IsSurrogate(c))
            {
                sb.Append(c); // lone surrogates cannot be stored as UTF-8, so they go with the control characters
            }
        }

        return sb.ToString().Trim();
    }
}
