using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace LiaisonBot.Features.Meetings;

/// <summary>
/// The attendance sheet as a workbook. Teams opens links in a browser without its sign-in, so the link carries its own
/// permission: signed with the meeting's secret, for the organiser or secretariat who asked, valid for half an hour.
/// </summary>
public sealed class ExportAttendance(MeetingStore store, WorkCalendar calendar, PublicAddress address)
{
    public const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public Task<AdaptiveCard> LinkAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => MeetingNotice.NotFound(caller.Texts), m =>
        {
            var t = caller.Texts;
            if (!m.IsManagedBy(caller.Member))
            {
                return MeetingNotice.NotOrganiser(caller);
            }

            var until = (calendar.Now + Lifetime).ToUnixTimeSeconds();
            var url = $"{address.Base}/meetings/{m.Id}/sheet.xlsx?until={until}&lang={t.Culture.Name}&sig={Signature(m, until, t.Culture.Name)}";
            return new AdaptiveCard([Parts.Title(t.Format("Meeting.Sheet.Title", m.Title)), new TextBlock(t["Meeting.Export.Ready"])])
            {
                Actions =
                [
                    new OpenUrlAction(t["Meeting.Export.Download"], url),
                    new ExecuteAction(t["Meeting.Back"], MeetingVerbs.Sheet) { Data = MeetingNotice.Data(m.Id) },
                ],
            };
        });

    public async Task<IResult> DownloadAsync(string id, long until, string? lang, string? sig, CancellationToken ct)
    {
        if (await store.FindAsync(id, ct) is not { } m || sig is null || lang is null || until < calendar.Now.ToUnixTimeSeconds() ||
            !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(sig), Encoding.ASCII.GetBytes(Signature(m, until, lang))))
        {
            return Results.NotFound();
        }

        var t = Texts.For(lang);
        var invitees = await store.InviteesAsync(m.Id, ct);
        return Results.File(Build(t, m, invitees), WorkbookType, t.Format("Meeting.Export.FileName", WorkCalendar.Iso(calendar.ToDate(m.StartsAt))));
    }

    public byte[] Build(Texts t, MeetingEntity m, IReadOnlyList<InviteeEntity> invitees)
    {
        var closed = m.Status == MeetingState.Closed;
        var rows = invitees.Select((i, n) => new Dictionary<string, object?>
        {
            [t["Meeting.Export.No"]] = n + 1,
            [t["Meeting.Export.Name"]] = i.Name,
            [t["Meeting.Export.Code"]] = i.MemberCode,
            [t["Meeting.Export.Group"]] = i.GroupCode ?? "",
            [t["Meeting.Export.Reply"]] = t[$"Meeting.Export.Reply.{i.MeetingReply}"],
            [t["Meeting.Export.Reason"]] = i.LeaveReason ?? "",
            [t["Meeting.Export.Leave"]] = i.MeetingReply == MeetingReply.Leave && i.LeaveState != LeaveState.None ? t[$"Meeting.Export.Leave.{i.LeaveState}"] : "",
            [t["Meeting.Export.DecidedBy"]] = i.DecidedBy ?? "",
            [t["Meeting.Export.SignedIn"]] = i.SignedInAt is { } at ? calendar.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "",
            [t["Meeting.Export.MarkedBy"]] = i.MarkedBy is null ? "" : $"{i.MarkedBy}: {i.MarkNote}",
            [t["Meeting.Export.Outcome"]] = t[$"Meeting.Outcome.{(closed && i.Outcome is { } o ? Enum.Parse<AttendanceOutcome>(o) : i.OutcomeNow(m.LeaveApproval))}.Short"],
        }).ToList();
        using var file = new MemoryStream();
        MiniExcel.SaveAs(file, rows, sheetName: t["Meeting.Export.Sheet"], excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { FreezeRowCount = 1, AutoFilter = true });
        return file.ToArray();
    }

    private static string Signature(MeetingEntity m, long until, string lang)
    {
        var key = SHA256.HashData(Encoding.UTF8.GetBytes("sheet:" + m.SignInSecret));
        return Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{m.Id}|{until}|{lang}"))).ToLowerInvariant();
    }

}
