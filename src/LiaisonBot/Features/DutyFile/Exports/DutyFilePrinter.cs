using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Reports;
using LiaisonBot.Localization;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.DutyFile.Exports;

/// <summary>Gathers members' files for a year (records and meetings as they stand, points as last computed) and prints them into one PDF.</summary>
public sealed class DutyFilePrinter(FiledActivities activities, AttendanceRecords attendance, DutyPointsStore points, WorkCalendar calendar,
    IOptions<DutyFileOptions> options, ILogger<DutyFilePrinter> logger) : IDisposable
{
    public const string PdfType = "application/pdf";

    private readonly Lazy<DutyFilePdf?> pdf = new(() => DutyFilePdf.Open(options.Value.PdfFont));

    /// <summary>The PDF, or null when the configured font is missing (logged: it is the deployment to fix).</summary>
    public async Task<byte[]?> PrintAsync(Texts t, int year, IReadOnlyList<Member> members, Committee roster, CancellationToken ct)
    {
        if (pdf.Value is not { } printer)
        {
            logger.LogError("No PDF: the font {Font} (DutyFile:PdfFont) is missing or unreadable.", options.Value.PdfFont);
            return null;
        }

        var meetings = (await attendance.OfMembersAsync(year, [.. members.Select(m => m.Code)], ct)).ToLookup(m => m.MemberCode, StringComparer.OrdinalIgnoreCase);
        var pages = new List<DutyFilePage>();
        foreach (var member in members)
        {
            var records = await activities.OfMemberAsync(year, member.Code, ct);
            var row = await points.FindAsync(year, member.Code, ct);
            pages.Add(new DutyFilePage(member.Name, member.Code, roster.Group(member.GroupCode)?.Name ?? "", year, row?.Read(), records, [.. meetings[member.Code]]));
        }

        return printer.Build(t, pages, calendar.Today);
    }

    public void Dispose()
    {
        if (pdf.IsValueCreated)
        {
            pdf.Value?.Dispose();
        }
    }
}
