using LiaisonBot.Pdf;
using SkiaSharp;

namespace LiaisonBot.Features.MassSupervision.Slips;

/// <summary>
/// What one slip shows: campaign and group on top, the QR code with the code and the address to type beside it, and
/// how to use it underneath. The slips are handed out at township meetings whoever prints them, so they are in Chinese.
/// </summary>
internal sealed class SlipFace(SKTypeface sans, SKTypeface mono)
{
    private const float Pad = 14, Mm = 72 / 25.4f;

    // Scanned from a desk's distance by an old phone: the symbol alone is 32 mm, well over the 25 mm that reliably reads.
    private const float Symbol = 32 * Mm;

    private static readonly string[] Instructions = ["用手机扫描二维码，或打开网址输入评议码。", "每张评议码只能使用一次，评议不记名。"];

    public void Draw(SKCanvas canvas, SKRect cell, Slip slip, string campaignTitle)
    {
        var left = cell.Left + Pad;
        var width = cell.Right - Pad - left;
        Line(canvas, campaignTitle, sans, PdfText.Fit(campaignTitle, sans, 9, width), left, cell.Top + Pad + 9, SKColors.DimGray);
        var baseline = cell.Top + Pad + 27;
        Line(canvas, slip.GroupName, sans, PdfText.Fit(slip.GroupName, sans, 15, width), left, baseline, SKColors.Black, bold: true);

        // Four modules of white all round are what scanners need to find the symbol; the slip's edge counts as white.
        var qr = QrSymbol.Of(slip.BallotLink.AbsoluteUri);
        var quiet = 4 * Symbol / qr.Side;
        var qrLeft = cell.Left + Math.Max(Pad, quiet);
        var qrTop = baseline + 4 + quiet;
        qr.Draw(canvas, qrLeft, qrTop, Symbol);
        var x = qrLeft + Symbol + quiet;
        CodeAndAddress(canvas, slip, x, qrTop, cell.Right - Pad - x);

        baseline = qrTop + Symbol + quiet + 9;
        foreach (var instruction in Instructions)
        {
            Line(canvas, instruction, sans, 9.5f, left, baseline, SKColors.Black);
            baseline += 13;
        }
    }

    /// <summary>
    /// Beside the symbol: the code at its top, the address to type at its foot, on one line while a readable size allows
    /// (a break inside a host name reads like two addresses).
    /// </summary>
    private void CodeAndAddress(SKCanvas canvas, Slip slip, float x, float top, float width)
    {
        Line(canvas, "评议码", sans, 8, x, top + 8, SKColors.DimGray);
        var code = Grouped(slip.Code);
        Line(canvas, code, mono, PdfText.Fit(code, mono, 22, width), x, top + 36, SKColors.Black, bold: true);

        var address = slip.BallotLink.GetLeftPart(UriPartial.Path);
        using var font = new SKFont(mono, Math.Max(7, PdfText.Fit(address, mono, 9, width)));
        var lines = PdfText.Wrap(address, font, width).ToList();
        var baseline = top + Symbol - 2 - (lines.Count - 1) * 11;
        Line(canvas, "网址", sans, 8, x, baseline - 14, SKColors.DimGray);
        foreach (var line in lines)
        {
            Line(canvas, line, mono, font.Size, x, baseline, SKColors.Black);
            baseline += 11;
        }
    }

    /// <summary>The code in groups of at most five (ABCDE FGHJK), which people read out and type without losing their place.</summary>
    private static string Grouped(string code)
    {
        var groups = (code.Length + 4) / 5;
        return string.Join(' ', Enumerable.Range(0, groups).Select(g => code[(g * code.Length / groups)..((g + 1) * code.Length / groups)]));
    }

    private static void Line(SKCanvas canvas, string text, SKTypeface face, float size, float x, float baseline, SKColor color, bool bold = false)
    {
        using var font = new SKFont(face, size) { Embolden = bold };
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawText(text, x, baseline, SKTextAlign.Left, font, paint);
    }
}
