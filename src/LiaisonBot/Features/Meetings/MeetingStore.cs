using System.Globalization;
using Azure.Data.Tables;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Meetings;

/// <summary>Meetings, their invitees (a partition per meeting) and, once closed, the attendance the duty file reads.</summary>
public sealed class MeetingStore(Tables tables)
{
    public const string Table = "Meetings";
    public const string InviteeTable = "MeetingInvitees";

    public async Task<MeetingEntity?> FindAsync(string id, CancellationToken ct)
    {
        if (id.Length == 0)
        {
            return null;
        }

        var response = await tables[Table].GetEntityIfExistsAsync<MeetingEntity>(MeetingEntity.Partition, id, cancellationToken: ct);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Adds a new meeting and its invitees; invitees first, so a meeting that exists always has them.</summary>
    public async Task AddAsync(MeetingEntity meeting, IReadOnlyList<InviteeEntity> invitees, CancellationToken ct)
    {
        await tables[InviteeTable].SubmitCheckedAsync([.. invitees.Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, i))], ct);
        await tables[Table].AddCheckedAsync(meeting, ct);
    }

    /// <summary>Changes the stored meeting as <see cref="Changes.ChangeAsync"/> does; null if it does not exist.</summary>
    public Task<MeetingEntity?> ChangeAsync(string id, Func<MeetingEntity, bool> change, CancellationToken ct) =>
        tables[Table].ChangeAsync(MeetingEntity.Partition, id, change, ct);

    public Task<List<MeetingEntity>> AllAsync(CancellationToken ct) =>
        tables[Table].ListAsync<MeetingEntity>(m => m.PartitionKey == MeetingEntity.Partition, ct);

    /// <summary>Meetings not closed or cancelled more than <paramref name="since"/> ago, soonest first.</summary>
    public async Task<List<MeetingEntity>> RecentAsync(DateTimeOffset since, CancellationToken ct) =>
        [.. (await tables[Table].ListAsync<MeetingEntity>(m => m.PartitionKey == MeetingEntity.Partition && m.EndsAt >= since, ct))
            .OrderBy(m => m.StartsAt)];

    public async Task<InviteeEntity?> InviteeAsync(string meetingId, string memberCode, CancellationToken ct)
    {
        var response = await tables[InviteeTable].GetEntityIfExistsAsync<InviteeEntity>(meetingId, Keys.Escape(memberCode), cancellationToken: ct);
        return response.HasValue ? response.Value : null;
    }

    public async Task<List<InviteeEntity>> InviteesAsync(string meetingId, CancellationToken ct) =>
        [.. (await tables[InviteeTable].ListAsync<InviteeEntity>(i => i.PartitionKey == meetingId, ct)).OrderBy(i => i.RowKey, StringComparer.Ordinal)];

    /// <summary>Changes one invitee's row, re-reading on a lost race; null if they are not invited.</summary>
    public Task<InviteeEntity?> ChangeInviteeAsync(string meetingId, string memberCode, Func<InviteeEntity, bool> change, CancellationToken ct) =>
        tables[InviteeTable].ChangeAsync(meetingId, Keys.Escape(memberCode), change, ct);

    /// <summary>Writes the invitees' outcomes and the year's attendance rows of a meeting being closed; idempotent.</summary>
    public async Task RecordAttendanceAsync(MeetingEntity meeting, int year, IReadOnlyList<InviteeEntity> invitees, CancellationToken ct)
    {
        await tables[InviteeTable].SubmitCheckedAsync([.. invitees.Select(i => new TableTransactionAction(TableTransactionActionType.UpsertMerge, i))], ct);
        var rows = invitees.Select(i => new AttendanceEntity
        {
            PartitionKey = year.ToString(CultureInfo.InvariantCulture),
            RowKey = AttendanceEntity.Row(i.MemberCode, meeting.Id),
            MemberCode = i.MemberCode,
            MeetingId = meeting.Id,
            Kind = meeting.Kind,
            StartsAt = meeting.StartsAt,
            Title = meeting.Title,
            Outcome = i.Outcome!,
            OrganiserName = meeting.OrganiserName,
        });
        await tables[AttendanceRecords.Table].SubmitCheckedAsync([.. rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r))], ct);
    }
}
