using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.DutyFile.Exports;

/// <summary>
/// Downloads of the year's points: the secretariat's workbook and the printable duty files of a group (or everyone), a
/// member's own duty file. Each is a card with a link valid for half an hour; the file is made when the link is opened, so
/// it holds the points as they are then.
/// </summary>
public sealed class ExportPoints(PointsDownloads downloads, DutyPointsStore points, DutyFilePrinter printer, RosterStore roster, WorkCalendar calendar,
    PublicAddress address)
{
    public const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The secretariat's export: the workbook, and the duty files of the group the list was filtered to (or everyone's).</summary>
    public async Task<AdaptiveCard> LinkAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var year = YearSwitch.Of(turn, calendar);
        var group = caller.Roster.Group(turn.ActionString(DutyFileVerbs.Group));
        var members = (group is null ? caller.Roster.Members.Where(m => m.GroupCode is not null) : caller.Roster.MembersOf(group.Code)).Select(m => m.Code);
        var workbook = await downloads.CreateAsync(DownloadKind.Workbook, year, null, caller.Texts.Culture.Name, caller.Member.Code, ct);
        var files = await downloads.CreateAsync(DownloadKind.DutyFiles, year, members, caller.Texts.Culture.Name, caller.Member.Code, ct);
        return Card(caller.Texts, year, address.Of(workbook), (group?.Name ?? caller.Texts["Points.Export.Everyone"], address.Of(files)));
    }

    /// <summary>A member's own duty file to print.</summary>
    public async Task<AdaptiveCard> PrintAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var year = YearSwitch.Of(turn, calendar);
        var file = await downloads.CreateAsync(DownloadKind.DutyFiles, year, [caller.Member.Code], caller.Texts.Culture.Name, caller.Member.Code, ct);
        return Card(caller.Texts, year, null, (caller.Member.Name, address.Of(file)));
    }

    public static AdaptiveCard Card(Texts t, int year, string? workbookUrl, (string Whose, string Url) files)
    {
        var actions = new List<CardAction>();
        if (workbookUrl is not null)
        {
            actions.Add(new OpenUrlAction(t["Points.Export.Download"], workbookUrl));
        }

        actions.Add(new OpenUrlAction(t.Format("Points.Export.Pdf", files.Whose), files.Url));
        return new AdaptiveCard(
        [
            Parts.Title(t.Format("Points.Export.Title", year)),
            new TextBlock(t.Format(workbookUrl is null ? "Points.Export.PdfReady" : "Points.Export.Ready", (int)PointsDownloads.Lifetime.TotalMinutes)),
        ])
        { Actions = actions };
    }

    /// <summary>The file behind a link: 404 for a link that does not exist or has expired; 503 when PDFs cannot be made here.</summary>
    public async Task<IResult> DownloadAsync(string id, CancellationToken ct)
    {
        if (await downloads.FindAsync(id, ct) is not { } link)
        {
            return Results.NotFound();
        }

        var t = Texts.For(link.Locale);
        var committee = await roster.GetAsync(ct);
        if (link.DownloadKind == DownloadKind.Workbook)
        {
            var rows = await points.OfYearAsync(link.Year, null, withLines: true, ct);
            return Results.File(PointsWorkbook.Build(t, link.Year, rows, committee), WorkbookType, t.Format("Points.Export.FileName", link.Year));
        }

        var members = (link.Codes ?? "").Split(';').Select(committee.ByCode).OfType<Member>().ToList();
        return await printer.PrintAsync(t, link.Year, members, committee, ct) is { } pdf
            ? Results.File(pdf, DutyFilePrinter.PdfType, t.Format("Pdf.FileName", link.Year, members.Count == 1 ? members[0].Name : members.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : Results.Problem(t["Pdf.Unavailable"], statusCode: 503);
    }

}
