using SkiaSharp;

namespace LiaisonBot.Pdf;

/// <summary>Fitting text into a printed page's widths, for text in either language.</summary>
public static class PdfText
{
    /// <summary>The lines of <paramref name="text"/> within <paramref name="width"/>: Chinese breaks between any two characters, so any may.</summary>
    public static IEnumerable<string> Wrap(string text, SKFont font, float width)
    {
        var start = 0;
        for (var end = 1; end <= text.Length; end++)
        {
            if (end < text.Length && char.IsLowSurrogate(text[end]))
            {
                continue;
            }

            if (font.MeasureText(text.AsSpan(start, end - start)) > width && end - 1 > start)
            {
                var cut = char.IsLowSurrogate(text[end - 1]) ? end - 2 : end - 1;
                yield return text[start..cut];
                start = cut;
            }
        }

        yield return text[start..];
    }

    /// <summary>The size, at most <paramref name="size"/>, at which <paramref name="text"/> fits <paramref name="width"/> on one line.</summary>
    public static float Fit(string text, SKTypeface typeface, float size, float width)
    {
        using var font = new SKFont(typeface, size);
        var measured = font.MeasureText(text);
        return measured <= width ? size : size * width / measured;
    }
}
