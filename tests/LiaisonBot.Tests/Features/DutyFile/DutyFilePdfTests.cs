using LiaisonBot.Features.DutyFile;
using LiaisonBot.Features.DutyFile.Exports;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Reports;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Features.DutyFile.Points;
using LiaisonBot.Tests.Features.Reports;

namespace LiaisonBot.Tests.Features.DutyFile;

/// <summary>
/// A busy year's printed duty file (activities and meetings): long titles wrap inside the margins, the file runs onto
/// further pages, each page says whose file it is. LIAISONBOT_PDF_DIR keeps the PDF, to render it (pdftoppm) and look at it.
/// </summary>
public sealed class DutyFilePdfTests
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void ABusyYear_RunsOntoMorePages_EachNamingTheMember(string locale)
    {
        var t = Texts.For(locale);
        var kinds = Enum.GetValues<ActivityKind>();
        var records = Enumerable.Range(0, 60).Select(n => new MemberRecord($"r{n}", kinds[n % kinds.Length], ReportSamples.Today.AddDays(-n),
            $"第{n + 1}次：" + new string('长', 60) + " with some English words in it", n % 7 == 0 ? ReviewState.Submitted : ReviewState.Verified, true, null)).ToList();
        var credits = records.Select(r => new Credit(r.Id, r.Kind, r.Date, r.Title[..20], CreditRole.Own, r.State == ReviewState.Verified)).ToList();
        var meetingKinds = Enum.GetValues<MeetingKind>();
        var meetings = Enumerable.Range(0, 20).Select(n => new AttendanceRecord("M004", $"mtg{n}", meetingKinds[n % meetingKinds.Length], ReportSamples.Today.AddDays(-n),
            $"第{n + 1}次会议：" + new string('会', 60), n % 6 == 5 ? AttendanceOutcome.Excused : AttendanceOutcome.Present, "县政协办公室")).ToList();
        var points = PointsLedger.Compute(RulesTemplate.Expected, new PointsInputs(credits, [],
            [.. meetings.Where(m => m.Outcome == AttendanceOutcome.Present).Select(m => new Presence(m.MeetingId, m.Kind, m.Date, m.Title[..20]))],
            [.. meetings.Where(m => m.Outcome == AttendanceOutcome.Excused).Select(m => new DeductionEvent(m.MeetingId, DeductionKind.AbsenceExcused, m.Date, m.Title[..20], m.Kind))]));
        using var printer = DutyFilePdf.Open(new DutyFileOptions().PdfFont)!;

        var bytes = printer.Build(t, [new DutyFilePage("孙淑珍", "M004", "城关镇联络组", ReportSamples.Today.Year, points, records, meetings)], ReportSamples.Today);

        if (Environment.GetEnvironmentVariable("LIAISONBOT_PDF_DIR") is { Length: > 0 } keep)
        {
            File.WriteAllBytes(Path.Combine(Directory.CreateDirectory(keep).FullName, $"busy-{locale}.pdf"), bytes);
        }

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages >= 4, $"{pdf.NumberOfPages} pages");
        Assert.All(pdf.GetPages(), page =>
        {
            Assert.Contains("孙淑珍", page.Text.Normalize(System.Text.NormalizationForm.FormKC));
            Assert.All(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)), l => Assert.InRange(l.BoundingBox.Right, 0, 595 - 40));
        });
    }
}
