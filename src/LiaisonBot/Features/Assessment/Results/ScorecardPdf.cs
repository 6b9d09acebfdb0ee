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
    private const float PointsColumn = 80;

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
        private const float Leading = 3;

        public void Group(Scorecard card)
        {
            var pages = new PdfPages(document, typeface, page => $"{card.Group.Name} · {t.Format("Assessment.Pdf.Title", year.Assessment.Year)} · {t.Format("Pdf.Page", page)}");
            pages.NewPage();
            pages.Text(t.Format("Assessment.Pdf.Title", year.Assessment.Year), 20, bold: true);
            pages.Y += 6;
            var colon = t.IsChinese ? "：" : ": ";
            pages.Text($"{t["Assessment.Sheet.Group"]}{colon}{card.Group.Name}（{t[$"Kind.{card.Group.Kind}"]}）　　{t["Pdf.Printed"]}{colon}{WorkCalendar.Iso(printed)}", 11, leading: Leading);
            pages.Text(ScoreText.State(t, year.Assessment), 9, color: SKColors.DimGray, leading: Leading);
            pages.Rule(5, 3);
            var rank = year.Assessment.Status == Process.AssessmentState.Approved && card.Rank is not null
                ? $"　　{t["Assessment.Card.Rank"]}{colon}{ScoreText.Rank(t, year, card)}" + (card.Commended ? "　　" + t["Assessment.Card.Commended"] : "")
                : "";
            pages.Text($"{t["Assessment.Card.Total"]}{colon}{ScoreText.Number(card.Total)}　　{t["Assessment.Card.Grade"]}{colon}{ScoreText.Grade(t, card)}{rank}", 14, bold: true, leading: Leading);
            pages.Text(ScoreText.Total(t, card, year.Scheme), 9, color: SKColors.DimGray, leading: Leading);
            pages.Rule(5, 3);
            Chart(pages, card);
            foreach (var section in card.Sections)
            {
                // A section's heading never ends a page alone: it goes over with its first item.
                pages.NeedRoom(48);
                pages.Rule(5, 3);
                pages.Row(section.Section.Name(t.IsChinese), ScoreText.Of(t, section.Points, section.Max), 12, bold: true, PointsColumn);
                foreach (var item in card.Items.Where(i => string.Equals(i.Item.Section, section.Section.Code, StringComparison.OrdinalIgnoreCase)))
                {
                    Item(pages, item);
                }
            }

            pages.NeedRoom(40);
            pages.Rule(5, 3);
            pages.Row(t.Format("Assessment.Card.Bonus", ScoreText.Number(year.Scheme.BonusCap)), ScoreText.Of(t, card.BonusPoints, year.Scheme.BonusCap), 12, bold: true, PointsColumn);
            if (card.Bonus.Count == 0)
            {
                pages.Text(t["Assessment.Card.NoBonus"], 9, color: SKColors.DimGray, leading: Leading);
            }

            foreach (var bonus in card.Bonus)
            {
                pages.Text(ScoreText.Bonus(t, bonus), 10, leading: Leading);
                if (bonus.Adjustment is { } adjustment)
                {
                    pages.Text(ScoreText.Adjusted(t, bonus.Entry.Points, adjustment), 9, color: Adjusted, leading: Leading);
                }
            }

            if (ScoreText.Capped(t, card) is { } capped)
            {
                pages.Text(capped, 9, color: Adjusted, leading: Leading);
            }

            pages.End();
        }

        private void Item(PdfPages pages, ItemScore item)
        {
            pages.Y += 2;
            pages.Row(item.Item.Name(t.IsChinese), ScoreText.Of(t, item.Points, item.Item.Max), 10, bold: false, PointsColumn);
            pages.Text($"　{ScoreText.Source(t, item)} · {ScoreText.Basis(t, item)}", 9, color: SKColors.DimGray, leading: Leading);
            if (item.Claim is { Statement.Length: > 0 } claim)
            {
                pages.Text("　" + t.Format("Assessment.Card.Claim", claim.Statement), 9, color: SKColors.DimGray, leading: Leading);
            }

            if (item.Adjustment is { } adjustment)
            {
                pages.Text("　" + ScoreText.Adjusted(t, item.Proposed, adjustment), 9, color: Adjusted, leading: Leading);
            }
        }

        /// <summary>Two bars a section, the group's and the county average, each against the section's maximum.</summary>
        private void Chart(PdfPages pages, Scorecard card)
        {
            pages.Text(t["Assessment.Card.Chart"], 12, bold: true, leading: Leading);
            Legend(pages, card);
            const float label = 130, bar = 5.5f, values = 60;
            var length = PdfPages.Width - 2 * PdfPages.Margin - label - values;
            using var font = new SKFont(typeface, 8);
            using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            foreach (var section in card.Sections)
            {
                pages.NeedRoom(2 * bar + 8);
                var top = pages.Y + 3;
                var name = section.Section.Name(t.IsChinese);
                using var nameFont = new SKFont(typeface, PdfText.Fit(name, typeface, 9, label - 8));
                pages.Canvas.DrawText(name, PdfPages.Margin, top + bar + 3.5f, SKTextAlign.Left, nameFont, ink);
                var average = year.AverageOf(section.Section.Code);
                var max = Math.Max(section.Max, 0.1m);
                Bar(pages.Canvas, PdfPages.Margin + label, top, length * (float)Math.Clamp(section.Points / max, 0, 1), bar, GroupBar, ScoreText.Number(section.Points), font);
                Bar(pages.Canvas, PdfPages.Margin + label, top + bar + 1, length * (float)Math.Clamp(average / max, 0, 1), bar, AverageBar, ScoreText.Number(average), font);
                pages.Y = top + 2 * bar + 4;
            }
        }

        private static void Bar(SKCanvas canvas, float x, float top, float length, float height, SKColor color, string value, SKFont font)
        {
            using var fill = new SKPaint { Color = color, IsAntialias = true };
            using var ink = new SKPaint { Color = SKColors.DimGray, IsAntialias = true };
            canvas.DrawRect(x, top, Math.Max(length, 1), height, fill);
            canvas.DrawText(value, x + length + 4, top + height, SKTextAlign.Left, font, ink);
        }

        private void Legend(PdfPages pages, Scorecard card)
        {
            using var font = new SKFont(typeface, 9);
            using var ink = new SKPaint { Color = SKColors.DimGray, IsAntialias = true };
            var x = PdfPages.Margin;
            pages.Y += 4;
            foreach (var (name, color) in new[] { (card.Group.Name, GroupBar), (t["Assessment.Card.Average"], AverageBar) })
            {
                using var fill = new SKPaint { Color = color };
                pages.Canvas.DrawRect(x, pages.Y, 10, 8, fill);
                pages.Canvas.DrawText(name, x + 14, pages.Y + 8, SKTextAlign.Left, font, ink);
                x += 24 + font.MeasureText(name);
            }

            pages.Y += 10;
        }
    }
}
