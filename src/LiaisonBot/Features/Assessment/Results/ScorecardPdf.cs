using LiaisonBot.Calendar;
using LiaisonBot.Localization;
using LiaisonBot.Pdf;
using SkiaSharp;

namespace LiaisonBot.Features.Assessment.Results;

/// <summary>
/// Printable scorecards (考核表): A4 pages drawn with Skia in the CJK font the duty files use, embedded in the PDF so the
/// Chinese prints the same on any computer. Each group starts a page: the total, grade and rank, the group against the
/// county average by section as bars, each section and item with its points of the maximum, source, figure in words,
/// statement and adjustments with their reasons, then the bonus.
/// </summary>
public sealed class ScorecardPdf : IDisposable
{
    private const float Width = 595, Height = 842, Margin = 48, PointsColumn = 80;

    private static readonly SKColor GroupBar = new(0x1F, 0x4E, 0x8C), AverageBar = new(0xB0, 0xB7, 0xC3), Adjusted = new(0xA8, 0x1D, 0x1D);

    private readonly SKTypeface typeface;

    private ScorecardPdf(SKTypeface typeface) => this.typeface = typeface;

    /// <summary>The printer for the font file, or null when it is missing.</summary>
    public static ScorecardPdf? Open(string fontPath) => PdfFont.Open(fontPath) is { } face ? new ScorecardPdf(face) : null;

    public byte[] Build(Texts t, YearResults year, IReadOnlyList<Scorecard> cards, DateOnly printed)
    {
        using var stream = new MemoryStream();
        var title = t.Format("Assessment.Pdf.Title", year.Assessment.Year);
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = cards.Count == 1 ? $"{title} {cards[0].Group.Name}" : title, Creator = "LiaisonBot" }))
        {
            foreach (var card in cards)
            {
                new Writer(document, typeface, t, year, printed).Group(card);
            }

            document.Close();
        }

        return stream.ToArray();
    }

    public void Dispose() => typeface.Dispose();

    /// <summary>Draws one group's scorecard from the top of a new page, starting more pages as it runs down.</summary>
    private sealed class Writer(SKDocument document, SKTypeface typeface, Texts t, YearResults year, DateOnly printed)
    {
        private SKCanvas? canvas;
        private Scorecard? card;
        private float y;
        private int page;

        public void Group(Scorecard scorecard)
        {
            card = scorecard;
            NewPage();
            Text(t.Format("Assessment.Pdf.Title", year.Assessment.Year), 20, bold: true);
            y += 6;
            var colon = t.IsChinese ? "：" : ": ";
            Text($"{t["Assessment.Sheet.Group"]}{colon}{scorecard.Group.Name}（{t[$"Kind.{scorecard.Group.Kind}"]}）　　{t["Pdf.Printed"]}{colon}{WorkCalendar.Iso(printed)}", 11);
            Text(ScoreText.State(t, year.Assessment), 9, grey: true);
            Rule();
            var rank = year.Assessment.Status == Process.AssessmentState.Approved && scorecard.Rank is not null
                ? $"　　{t["Assessment.Card.Rank"]}{colon}{ScoreText.Rank(t, year, scorecard)}" + (scorecard.Commended ? "　　" + t["Assessment.Card.Commended"] : "")
                : "";
            Text($"{t["Assessment.Card.Total"]}{colon}{ScoreText.Number(scorecard.Total)}　　{t["Assessment.Card.Grade"]}{colon}{ScoreText.Grade(t, scorecard)}{rank}", 14, bold: true);
            Text(ScoreText.Total(t, scorecard, year.Scheme), 9, grey: true);
            Rule();
            Chart(scorecard);
            foreach (var section in scorecard.Sections)
            {
                // A section's heading never ends a page alone: it goes over with its first item.
                NeedRoom(48);
                Rule();
                Row(section.Section.Name(t.IsChinese), ScoreText.Of(t, section.Points, section.Max), 12, bold: true);
                foreach (var item in scorecard.Items.Where(i => string.Equals(i.Item.Section, section.Section.Code, StringComparison.OrdinalIgnoreCase)))
                {
                    Item(item);
                }
            }

            NeedRoom(40);
            Rule();
            Row(t.Format("Assessment.Card.Bonus", ScoreText.Number(year.Scheme.BonusCap)), ScoreText.Of(t, scorecard.BonusPoints, year.Scheme.BonusCap), 12, bold: true);
            if (scorecard.Bonus.Count == 0)
            {
                Text(t["Assessment.Card.NoBonus"], 9, grey: true);
            }

            foreach (var bonus in scorecard.Bonus)
            {
                Text(ScoreText.Bonus(t, bonus), 10);
                if (bonus.Adjustment is { } adjustment)
                {
                    Text(ScoreText.Adjusted(t, bonus.Entry.Points, adjustment), 9, color: Adjusted);
                }
            }

            if (ScoreText.Capped(t, scorecard) is { } capped)
            {
                Text(capped, 9, color: Adjusted);
            }

            document.EndPage();
            canvas = null;
        }

        private void Item(ItemScore item)
        {
            y += 2;
            Row(item.Item.Name(t.IsChinese), ScoreText.Of(t, item.Points, item.Item.Max), 10, bold: false);
            Text($"　{ScoreText.Source(t, item)} · {ScoreText.Basis(t, item)}", 9, grey: true);
            if (item.Claim is { Statement.Length: > 0 } claim)
            {
                Text("　" + t.Format("Assessment.Card.Claim", claim.Statement), 9, grey: true);
            }

            if (item.Adjustment is { } adjustment)
            {
                Text("　" + ScoreText.Adjusted(t, item.Proposed, adjustment), 9, color: Adjusted);
            }
        }

        /// <summary>Two bars a section, the group's and the county average, each against the section's maximum.</summary>
        private void Chart(Scorecard scorecard)
        {
            Text(t["Assessment.Card.Chart"], 12, bold: true);
            Legend();
            const float label = 130, bar = 5.5f, values = 60;
            var length = Width - 2 * Margin - label - values;
            using var font = new SKFont(typeface, 8);
            using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            foreach (var section in scorecard.Sections)
            {
                NeedRoom(2 * bar + 8);
                var top = y + 3;
                var name = section.Section.Name(t.IsChinese);
                using var nameFont = new SKFont(typeface, PdfText.Fit(name, typeface, 9, label - 8));
                canvas!.DrawText(name, Margin, top + bar + 3.5f, SKTextAlign.Left, nameFont, ink);
                var average = year.AverageOf(section.Section.Code);
                var max = Math.Max(section.Max, 0.1m);
                Bar(Margin + label, top, length * (float)Math.Clamp(section.Points / max, 0, 1), bar, GroupBar, ScoreText.Number(section.Points), font);
                Bar(Margin + label, top + bar + 1, length * (float)Math.Clamp(average / max, 0, 1), bar, AverageBar, ScoreText.Number(average), font);
                y = top + 2 * bar + 4;
            }
        }

        private void Bar(float x, float top, float length, float height, SKColor color, string value, SKFont font)
        {
            using var fill = new SKPaint { Color = color, IsAntialias = true };
            using var ink = new SKPaint { Color = SKColors.DimGray, IsAntialias = true };
            canvas!.DrawRect(x, top, Math.Max(length, 1), height, fill);
            canvas.DrawText(value, x + length + 4, top + height, SKTextAlign.Left, font, ink);
        }

        private void Legend()
        {
            using var font = new SKFont(typeface, 9);
            using var ink = new SKPaint { Color = SKColors.DimGray, IsAntialias = true };
            var x = Margin;
            y += 4;
            foreach (var (name, color) in new[] { (card!.Group.Name, GroupBar), (t["Assessment.Card.Average"], AverageBar) })
            {
                using var fill = new SKPaint { Color = color };
                canvas!.DrawRect(x, y, 10, 8, fill);
                canvas.DrawText(name, x + 14, y + 8, SKTextAlign.Left, font, ink);
                x += 24 + font.MeasureText(name);
            }

            y += 10;
        }

        /// <summary>A line with its points right-aligned at the margin; the text wraps in the width left of them.</summary>
        private void Row(string text, string points, float size, bool bold)
        {
            using var font = new SKFont(typeface, size) { Embolden = bold };
            using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            var first = true;
            foreach (var line in PdfText.Wrap(text, font, Width - 2 * Margin - PointsColumn))
            {
                NeedRoom(size + 4);
                y += size + 4;
                canvas!.DrawText(line, Margin, y, SKTextAlign.Left, font, ink);
                if (first)
                {
                    canvas.DrawText(points, Width - Margin, y, SKTextAlign.Right, font, ink);
                    first = false;
                }
            }
        }

        /// <summary>Draws text wrapped to the page width (Chinese breaks between any two characters), turning the page when full.</summary>
        private void Text(string text, float size, bool bold = false, bool grey = false, SKColor? color = null)
        {
            using var font = new SKFont(typeface, size) { Embolden = bold };
            using var paint = new SKPaint { Color = color ?? (grey ? SKColors.DimGray : SKColors.Black), IsAntialias = true };
            foreach (var line in PdfText.Wrap(text, font, Width - 2 * Margin))
            {
                NeedRoom(size + 3);
                y += size + 3;
                canvas!.DrawText(line, Margin, y, SKTextAlign.Left, font, paint);
            }
        }

        private void NeedRoom(float height)
        {
            if (y + height > Height - Margin)
            {
                NewPage();
            }
        }

        private void Rule()
        {
            y += 5;
            using var paint = new SKPaint { Color = SKColors.LightGray, StrokeWidth = 0.8f };
            canvas!.DrawLine(Margin, y, Width - Margin, y, paint);
            y += 3;
        }

        private void NewPage()
        {
            if (canvas is not null)
            {
                document.EndPage();
            }

            canvas = document.BeginPage(Width, Height);
            page++;
            y = Margin;
            using var font = new SKFont(typeface, 8);
            using var paint = new SKPaint { Color = SKColors.Gray, IsAntialias = true };
            canvas.DrawText($"{card!.Group.Name} · {t.Format("Assessment.Pdf.Title", year.Assessment.Year)} · {t.Format("Pdf.Page", page)}",
                Width - Margin, Height - Margin / 2, SKTextAlign.Right, font, paint);
        }
    }
}
