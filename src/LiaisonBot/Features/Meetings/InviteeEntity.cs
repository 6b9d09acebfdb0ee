using Azure;
using Azure.Data.Tables;

namespace LiaisonBot.Features.Meetings;

public enum MeetingReply
{
    None,
    Coming,
    Leave,
}

public enum LeaveState
{
    None,
    Pending,
    Approved,
    Refused,
}

/// <summary>One invitee of a meeting: their reply, leave, sign-in and, once closed, attendance. Partition: meeting id; row: member code.</summary>
public sealed class InviteeEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>The member's code as the roster has it (the row key is its escaped form).</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";
    public string? GroupCode { get; set; }
    public string Reply { get; set; } = nameof(MeetingReply.None);
    public DateTimeOffset? RepliedAt { get; set; }
    public string? LeaveReason { get; set; }
    public string Leave { get; set; } = nameof(LeaveState.None);
    public string? DecidedBy { get; set; }
    public string? DecisionNote { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    public DateTimeOffset? SignedInAt { get; set; }

    /// <summary>Who marked the invitee present by hand, and why; null when they signed in with the code.</summary>
    public string? MarkedBy { get; set; }
    public string? MarkNote { get; set; }

    /// <summary>Wrong sign-in codes typed since <see cref="FailedSince"/>: attempts are limited per member.</summary>
    public int FailedCodes { get; set; }
    public DateTimeOffset? FailedSince { get; set; }

    /// <summary>Set when the meeting closes.</summary>
    public string? Outcome { get; set; }

    [System.Runtime.Serialization.IgnoreDataMember]
    public string MeetingId => PartitionKey;

    [System.Runtime.Serialization.IgnoreDataMember]
    public string MemberCode => Code;

    [System.Runtime.Serialization.IgnoreDataMember]
    public MeetingReply MeetingReply => Enum.Parse<MeetingReply>(Reply);

    [System.Runtime.Serialization.IgnoreDataMember]
    public LeaveState LeaveState => Enum.Parse<LeaveState>(Leave);

    [System.Runtime.Serialization.IgnoreDataMember]
    public bool IsPresent => SignedInAt is not null;

    /// <summary>How the meeting ended for this invitee, from what is recorded now.</summary>
    public AttendanceOutcome OutcomeNow(LeaveApproval approval) =>
        IsPresent ? AttendanceOutcome.Present
        : MeetingReply == MeetingReply.Leave && (LeaveState == LeaveState.Approved || (approval == LeaveApproval.None && LeaveState != LeaveState.Refused))
            ? AttendanceOutcome.Excused
            : AttendanceOutcome.Absent;
}
