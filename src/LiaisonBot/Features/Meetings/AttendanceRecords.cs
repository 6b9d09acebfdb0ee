using Azure;
using Azure.Data.Tables;
using LiaisonBot.Calendar;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Meetings;

/// <summary>How an invitee's meeting ended for them, as the organiser closed it.</summary>
public enum AttendanceOutcome
{
    Present,

    /// <summary>Absent with leave: approved, or asked for where the meeting needed no approval.</summary>
    Excused,

    /// <summary>Absent without leave (no reply, leave refused or never decided).</summary>
    Absent,
}

/// <summary>A member's attendance at one closed meeting, as the duty file reads it: recorded by the organiser, so verified.</summary>
public sealed record AttendanceRecord(
    string MemberCode, string MeetingId, MeetingKind Kind, DateOnly Date, string Title, AttendanceOutcome Outcome, string OrganiserName);

/// <summary>One row per member and closed meeting. Partition: the work year of the meeting; row: member code, then meeting id.</summary>
public sealed class AttendanceEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string MemberCode { get; set; } = "";
    public string MeetingId { get; set; } = "";
    public string Kind { get; set; } = "";
    public DateTimeOffset StartsAt { get; set; }
    public string Title { get; set; } = "";
    public string Outcome { get; set; } = "";
    public string OrganiserName { get; set; } = "";

    public static string Row(string memberCode, string meetingId) => $"{Keys.Escape(memberCode)}|{meetingId}";
}

/// <summary>
/// The read model Meetings offers the duty file: the attendance of closed meetings, by member and year, so the duty file
/// never reads meeting or invitee rows.
/// </summary>
public sealed class AttendanceRecords(Tables tables, WorkCalendar calendar)
{
    public const string Table = "Attendance";

    /// <summary>At most this many members' rows are read at once (each is a range query of the year's partition).</summary>
    private const int Parallelism = 8;

    public async Task<IReadOnlyList<AttendanceRecord>> OfMemberAsync(int year, string memberCode, CancellationToken ct) =>
        await OfMembersAsync(year, [memberCode], ct);

    public async Task<IReadOnlyList<AttendanceRecord>> OfMembersAsync(int year, IReadOnlyList<string> memberCodes, CancellationToken ct)
    {
        var all = new List<AttendanceRecord>[memberCodes.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, memberCodes.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct },
            async (i, token) =>
            {
                var from = Keys.Escape(memberCodes[i]) + "|";
                var until = Keys.Escape(memberCodes[i]) + "}"; // '}' sorts right after '|'
                var partition = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
                all[i] = [.. (await tables[Table].ListAsync<AttendanceEntity>(
                        a => a.PartitionKey == partition && a.RowKey.CompareTo(from) > 0 && a.RowKey.CompareTo(until) < 0, token))
                    .Select(ToRecord)];
            });
        return [.. all.SelectMany(r => r).OrderBy(r => r.Date).ThenBy(r => r.MeetingId, StringComparer.Ordinal)];
    }

    private AttendanceRecord ToRecord(AttendanceEntity a) => new(a.MemberCode, a.MeetingId, Enum.Parse<MeetingKind>(a.Kind),
        calendar.ToDate(a.StartsAt), a.Title, Enum.Parse<AttendanceOutcome>(a.Outcome), a.OrganiserName);
}
