using SkiaSharp;

namespace LiaisonBot.Pdf;

/// <summary>
/// Text running down A4 pages of a PDF, as the printed duty files and scorecards lay it out: wrapped to the margins
/// (Chinese breaks between any two characters), a new page when the page is full, each page's footer on the right.
/// One per document part that starts on a new page (a member's file, a group's scorecard).
/// </summary>
public sealed class PdfPages(SKDocument document, SKTypeface typeface, Func<int, string> footer)
{
    public const float Width = 595, Height = 842, Margin = 48;

    private SKCanvas? canvas;
    private int page;

    /// <summary>How far down the current page the text has come.</summary>
    public float Y { get; set; }

    public SKTypeface Typeface => typeface;

    public SKCanvas Canvas => canvas ?? throw new InvalidOperationException("No page begun.");

    public void NewPage()
    {
        if (canvas is not null)
        {
            document.EndPage();
        }

        canvas = document.BeginPage(Width, Height);
        page++;
        Y = Margin;
        using var font = new SKFont(typeface, 8);
        using var paint = new SKPaint { Color = SKColors.Gray, IsAntialias = true };
        canvas.DrawText(footer(page), Width - Margin, Height - Margin / 2, SKTextAlign.Right, font, paint);
    }

    /// <summary>Ends the last page of this part.</summary>
    public void End()
    {
        document.EndPage();
        canvas = null;
    }

    /// <summary>Draws text wrapped to <paramref name="width"/> (the page's, by default), turning the page when full.</summary>
    public void Text(string text, float size, bool bold = false, SKColor? color = null, float leading = 4, float? width = null)
    {
        using var font = new SKFont(typeface, size) { Embolden = bold };
        using var paint = new SKPaint { Color = color ?? SKColors.Black, IsAntialias = true };
        foreach (var line in PdfText.Wrap(text, font, width ?? Width - 2 * Margin))
        {
            NeedRoom(size + leading);
            Y += size + leading;
            Canvas.DrawText(line, Margin, Y, SKTextAlign.Left, font, paint);
        }
    }

    /// <summary>Text with <paramref name="right"/> right-aligned at the margin on its first line; the text wraps left of <paramref name="column"/>.</summary>
    public void Row(string text, string right, float size, bool bold, float column)
    {
        // Room for the first line first, so the points are drawn on the page the text starts on.
        NeedRoom(size + 4);
        using var font = new SKFont(typeface, size) { Embolden = bold };
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        Canvas.DrawText(right, Width - Margin, Y + size + 4, SKTextAlign.Right, font, paint);
        Text(text, size, bold, width: Width - 2 * Margin - column);
    }

    public void Rule(float before = 6, float after = 4)
    {
        Y += before;
        using var paint = new SKPaint { Color = SKColors.LightGray, StrokeWidth = 0.8f };
        Canvas.DrawLine(Margin, Y, Width - Margin, Y, paint);
        Y += after;
    }

    /// <summary>Turns the page unless <paramref name="height"/> more fits on this one.</summary>
    public void NeedRoom(float height)
    {
        if (Y + height > Height - Margin)
        {
            NewPage();
        }
    }
}
