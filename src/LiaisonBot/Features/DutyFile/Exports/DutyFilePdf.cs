using LiaisonBot.Calendar;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Reports;
using LiaisonBot.Localization;
using LiaisonBot.Pdf;
using SkiaSharp;

namespace LiaisonBot.Features.DutyFile.Exports;

/// <summary>One member's duty file for a year as the PDF page the committee prints and files (一人一档).</summary>
public sealed record DutyFilePage(
    string Name, string Code, string Group, int Year, MemberPoints? Points, IReadOnlyList<MemberRecord> Records, IReadOnlyList<AttendanceRecord> Meetings);

/// <summary>
/// Printable duty files: A4 pages drawn with Skia in a CJK font the machine has (Noto Sans CJK by default), embedded in the
/// PDF, so the Chinese prints the same on any computer. Several members' files go into one PDF, each starting a page.
/// </summary>
public sealed class DutyFilePdf : IDisposable
{
    private readonly SKTypeface typeface;

    private DutyFilePdf(SKTypeface typeface) => this.typeface = typeface;

    /// <summary>The printer for the font file, or null when it is missing.</summary>
    public static DutyFilePdf? Open(string fontPath) => PdfFont.Open(fontPath) is { } face ? new DutyFilePdf(face) : null;

    public byte[] Build(Texts t, IReadOnlyList<DutyFilePage> pages, DateOnly printed)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = pages.Count == 1 ? t.Format("Pdf.Title", pages[0].Year) + " " + pages[0].Name : t["Pdf.Many"], Creator = "LiaisonBot" }))
        {
            foreach (var page in pages)
            {
                new Writer(document, typeface, t, printed).Member(page);
            }

            document.Close();
        }

        return stream.ToArray();
    }

    public void Dispose() => typeface.Dispose();

    /// <summary>Draws one member's file from the top of a new page, starting more pages as it runs down.</summary>
    private sealed class Writer(SKDocument document, SKTypeface typeface, Texts t, DateOnly printed)
    {
        private PdfPages? pages;

        public void Member(DutyFilePage file)
        {
            pages = new PdfPages(document, typeface, page => $"{file.Name} · {t.Format("Pdf.Title", file.Year)} · {t.Format("Pdf.Page", page)}");
            pages.NewPage();
            Text(t.Format("Pdf.Title", file.Year), 20, bold: true);
            pages.Y += 6;
            Text($"{t["Pdf.Name"]}：{file.Name}　　{t["Pdf.Code"]}：{file.Code}　　{t["Pdf.Group"]}：{file.Group}", 11);
            Text($"{t["Pdf.Printed"]}：{WorkCalendar.Show(printed, t)}", 9, grey: true);
            Rule();
            if (file.Points is { } points)
            {
                var met = points.Minimums.Count(m => m.Met);
                Text($"{t["Points.Total"]}：{RulesCard.Number(points.Total)}　　{t["Points.Grade"]}：{points.Grade?.Name(t.IsChinese) ?? "—"}　　{t["Points.Minimums"]}：{met}/{points.Minimums.Count}", 13, bold: true);
                if (points.Provisional != 0)
                {
                    Text(t.Format("Points.ProvisionalNote", RulesCard.Number(points.Provisional)), 9, grey: true);
                }

                foreach (var minimum in points.Minimums)
                {
                    var kind = minimum.Rule.Kind is { } k ? k.Name(t) : t["Points.Rules.AnyKind"];
                    // √ and ×, not the cards' ✓ and ✗: the CJK font has no glyphs for those.
                    Text((minimum.Met ? "√ " : "× ") + t.Format("Points.Minimum.Plain", kind, minimum.Have, minimum.Rule.Count), 10);
                }

                if (points.ByKind.Count > 0)
                {
                    Text(t["DutyFile.PointsByKind"] + (t.IsChinese ? "：" : ": ") + string.Join("　", points.ByKind.Select(k => $"{k.Kind.Name(t)} {RulesCard.Number(k.Points)}")), 10);
                }
            }
            else
            {
                Text(t.Format("Points.Rules.NoneYet", file.Year), 10);
            }

            Rule();
            Text(t.Plural("Pdf.Records", file.Records.Count), 12, bold: true);
            var lines = file.Points?.Lines.Where(l => l.Source == PointsSource.Activity).ToDictionary(l => l.Id);
            foreach (var record in file.Records.OrderBy(r => r.Date))
            {
                var state = !record.Counts && record.State is not ReviewState.Disputed ? t["DutyFile.CountedOnce"] : t[$"Report.Review.Tag.{record.State}"];
                var earned = lines?.GetValueOrDefault(record.Id) is { } line ? " · " + PointsParts.Earned(t, line) : "";
                Text($"{WorkCalendar.Iso(record.Date)}　{record.Kind.Name(t)}　{record.Title}", 10);
                Text($"　　{state}{earned}", 9, grey: true);
            }

            if (file.Meetings.Count > 0)
            {
                Rule();
                Text(t["DutyFile.Meetings"], 12, bold: true);
                Text(AttendanceParts.Counts(t, file.Meetings), 10);
                var meetingLines = AttendanceParts.Lines(file.Points);
                foreach (var meeting in file.Meetings.OrderBy(m => m.Date).ThenBy(m => m.MeetingId, StringComparer.Ordinal))
                {
                    Text($"{WorkCalendar.Iso(meeting.Date)}　{meeting.Kind.Name(t)}　{meeting.Title}", 10);
                    Text($"　　{AttendanceParts.State(t, meeting, meetingLines.GetValueOrDefault(meeting.MeetingId))}", 9, grey: true);
                }
            }

            if (file.Points?.Satisfaction is not null)
            {
                Rule();
                Text(t["DutyFile.Supervision"], 12, bold: true);
                Text(SupervisionParts.Text(t, file.Points), 10);
            }

            if (file.Points is not null && PointsParts.Others(file.Points).OrderBy(l => l.Date).ToList() is { Count: > 0 } others)
            {
                Rule();
                Text(t["Points.OtherLines"], 12, bold: true);
                foreach (var line in others)
                {
                    Text($"{WorkCalendar.Iso(line.Date)}　{t.Format($"Points.Source.{line.Source}", line.Title)} · {PointsParts.Earned(t, line)}", 10);
                }
            }

            pages.End();
        }

        /// <summary>Draws text wrapped to the page width, turning the page when full.</summary>
        private void Text(string text, float size, bool bold = false, bool grey = false) => pages!.Text(text, size, bold, grey ? SKColors.DimGray : null);

        private void Rule() => pages!.Rule();
    }
}
