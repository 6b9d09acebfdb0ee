namespace LiaisonBot.Storage;

/// <summary>
/// Text longer than one string property may hold (64 KB, so 32 K UTF-16 characters) spread over a row's numbered
/// properties, and read back as one.
/// </summary>
public static class LongText
{
    /// <summary>UTF-16 characters per property: 60 KB of the 64 KB a string property may hold.</summary>
    public const int CharsPerProperty = 30 * 1024;

    /// <summary>The text in exactly <paramref name="properties"/> parts, the unused ones null; it must fit.</summary>
    public static string?[] Split(string text, int properties)
    {
        if (text.Length > properties * CharsPerProperty)
        {
            throw new ArgumentException($"{text.Length} characters do not fit in {properties} properties.", nameof(text));
        }

        var parts = new string?[properties];
        for (var i = 0; i * CharsPerProperty < text.Length; i++)
        {
            parts[i] = text.Substring(i * CharsPerProperty, Math.Min(CharsPerProperty, text.Length - (i * CharsPerProperty)));
        }

        parts[0] ??= "";
        return parts;
    }
}
