using LiaisonBot.Pdf;
using SkiaSharp;

namespace LiaisonBot.Features.MassSupervision.Slips;

/// <summary>
/// A batch's slips as an A4 PDF to print and cut apart: two columns of four slips a page, dashed lines to cut along.
/// The plain codes exist nowhere else, so nothing here keeps or logs them.
/// </summary>
public static class SlipSheet
{
    private const float Width = 595, Height = 842, Margin = 28;
    private const int Columns = 2, Rows = 4, PerPage = Columns * Rows;
    private const float CellWidth = (Width - 2 * Margin) / Columns, CellHeight = (Height - 2 * Margin) / Rows;

    // Opened once and kept: opening reads every face of the collection, and slips are printed while someone waits.
    private static readonly Lazy<SKTypeface> Sans = new(() => Font(mono: false)), Mono = new(() => Font(mono: true));

    /// <summary>The slips in order, row by row; throws when the font is missing, which is the deployment to fix.</summary>
    public static byte[] Pdf(IReadOnlyList<Slip> slips, string campaignTitle)
    {
        ArgumentOutOfRangeException.ThrowIfZero(slips.Count);
        var face = new SlipFace(Sans.Value, Mono.Value);
        var pages = (slips.Count + PerPage - 1) / PerPage;
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = campaignTitle, Creator = "LiaisonBot" }))
        {
            for (var page = 0; page < pages; page++)
            {
                var canvas = document.BeginPage(Width, Height);
                var onPage = slips.Skip(page * PerPage).Take(PerPage).ToList();
                for (var index = 0; index < onPage.Count; index++)
                {
                    face.Draw(canvas, Cell(index), onPage[index], campaignTitle);
                }

                CutLines(canvas, onPage.Count);
                Footer(canvas, $"{campaignTitle}　共{slips.Count}张　第{page + 1}页，共{pages}页");
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }

    private static SKRect Cell(int index) =>
        SKRect.Create(Margin + index % Columns * CellWidth, Margin + index / Columns * CellHeight, CellWidth, CellHeight);

    /// <summary>Each edge once, and only round the slips there are, so the blank rest of a last page is not cut into empty slips.</summary>
    private static void CutLines(SKCanvas canvas, int count)
    {
        using var dash = SKPathEffect.CreateDash([4, 3], 0);
        using var paint = new SKPaint { Color = SKColors.Gray, Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f, PathEffect = dash, IsAntialias = true };
        for (var index = 0; index < count; index++)
        {
            var cell = Cell(index);
            canvas.DrawLine(cell.Left, cell.Top, cell.Right, cell.Top, paint);
            canvas.DrawLine(cell.Left, cell.Top, cell.Left, cell.Bottom, paint);
            if (index % Columns == Columns - 1 || index + 1 == count)
            {
                canvas.DrawLine(cell.Right, cell.Top, cell.Right, cell.Bottom, paint);
            }

            if (index + Columns >= count)
            {
                canvas.DrawLine(cell.Left, cell.Bottom, cell.Right, cell.Bottom, paint);
            }
        }
    }

    private static void Footer(SKCanvas canvas, string text)
    {
        using var font = new SKFont(Sans.Value, 8);
        using var paint = new SKPaint { Color = SKColors.Gray, IsAntialias = true };
        canvas.DrawText(text, Width - Margin, Height - Margin / 2, SKTextAlign.Right, font, paint);
    }

    private static SKTypeface Font(bool mono) =>
        PdfFont.Open(PdfFont.NotoSansCjk, mono) ?? throw new InvalidOperationException($"No slips: the font {PdfFont.NotoSansCjk} (Debian's fonts-noto-cjk) is missing.");
}
