using QRCoder;
using SkiaSharp;

namespace LiaisonBot.Features.MassSupervision.Slips;

/// <summary>
/// A QR code's modules, drawn as one filled vector path: as sharp as the printer can make it at any size, and without
/// the hairline seams a renderer may leave between squares filled one by one.
/// </summary>
internal sealed class QrSymbol
{
    private readonly bool[,] dark;

    private QrSymbol(bool[,] dark) => this.dark = dark;

    /// <summary>Modules per side, not counting the quiet zone.</summary>
    public int Side => dark.GetLength(0);

    /// <summary>Level M: a slip that was folded or smudged in a pocket still reads, at a symbol size that still fits it.</summary>
    public static QrSymbol Of(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        // QRCoder's matrix carries the quiet zone; the slip lays out its own.
        var border = (data.ModuleMatrix.Count - (17 + 4 * data.Version)) / 2;
        var side = data.ModuleMatrix.Count - 2 * border;
        var dark = new bool[side, side];
        for (var row = 0; row < side; row++)
        {
            for (var column = 0; column < side; column++)
            {
                dark[row, column] = data.ModuleMatrix[row + border][column + border];
            }
        }

        return new QrSymbol(dark);
    }

    /// <summary>Draws the symbol, without its quiet zone, as a square of <paramref name="size"/> at (x, y).</summary>
    public void Draw(SKCanvas canvas, float x, float y, float size)
    {
        var module = size / Side;
        using var builder = new SKPathBuilder();
        for (var row = 0; row < Side; row++)
        {
            for (var column = 0; column < Side; column++)
            {
                if (!dark[row, column])
                {
                    continue;
                }

                var run = column;
                while (run + 1 < Side && dark[row, run + 1])
                {
                    run++;
                }

                builder.AddRect(SKRect.Create(x + column * module, y + row * module, (run - column + 1) * module, module), SKPathDirection.Clockwise);
                column = run;
            }
        }

        using var path = builder.Detach();
        using var paint = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill };
        canvas.DrawPath(path, paint);
    }
}
