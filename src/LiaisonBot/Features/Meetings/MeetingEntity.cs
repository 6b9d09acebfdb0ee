using Azure;
using Azure.Data.Tables;
using LiaisonBot.App;

namespace LiaisonBot.Features.Meetings;

public enum MeetingState
{
    Open,
    Cancelled,
    Closed,
}

/// <summary>Who decides a request for leave (请假).</summary>
public enum LeaveApproval
{
    /// <summary>No one: a request with a reason is leave.</summary>
    None,
    Organiser,

    /// <summary>The invitee's own group leader (the organiser for invitees without a group or leader).</summary>
    Leader,
    Secretariat,
}

/// <summary>One meeting, from invitation to closing. Partition "m" (a committee holds a few hundred a year), row: its id.</summary>
public sealed class MeetingEntity : ITableEntity
{
    public const string Partition = "m";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Kind { get; set; } = nameof(MeetingKind.Other);
    public string Title { get; set; } = "";
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public string Place { get; set; } = "";
    public string? Notes { get; set; }
    public DateTimeOffset? ReplyBy { get; set; }
    public string Approval { get; set; } = nameof(LeaveApproval.None);

    /// <summary>Who was asked: everyone, groups and roles (as a notice's audience), and chosen people, ';'-separated codes.</summary>
    public bool Everyone { get; set; }
    public string? Groups { get; set; }
    public string? Roles { get; set; }
    public string? People { get; set; }

    /// <summary>The invitees as fixed when it was sent, ';'-separated member codes.</summary>
    public string Invitees { get; set; } = "";

    public string OrganiserCode { get; set; } = "";
    public string OrganiserName { get; set; } = "";

    /// <summary>The group a leader organised it for; null when the secretariat did.</summary>
    public string? OrganiserGroup { get; set; }

    public string State { get; set; } = nameof(MeetingState.Open);
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Each reschedule counts up: the invitation cards then show the new time, once for everyone.</summary>
    public int Revision { get; set; }

    /// <summary>The secret the rotating sign-in codes come from (base64, 32 bytes), this meeting's alone.</summary>
    public string SignInSecret { get; set; } = "";

    /// <summary>The unguessable key in the link of the sign-in screen the organiser projects.</summary>
    public string ScreenKey { get; set; } = "";

    /// <summary>Where this bot is reached from outside (scheme and host of the request that created it), for links on cards sent later.</summary>
    public string LinkBase { get; set; } = "";

    public bool RemindedDayBefore { get; set; }
    public bool RemindedNoReply { get; set; }

    /// <summary>Where the organiser's card is, so replies can update it in place.</summary>
    public string? StatusServiceUrl { get; set; }
    public string? StatusConversationId { get; set; }
    public string? StatusActivityId { get; set; }
    public string? StatusLocale { get; set; }

    [System.Runtime.Serialization.IgnoreDataMember]
    public string Id => RowKey;

    [System.Runtime.Serialization.IgnoreDataMember]
    public MeetingKind MeetingKind => MeetingKinds.Parse(Kind) ?? Meetings.MeetingKind.Other;

    [System.Runtime.Serialization.IgnoreDataMember]
    public MeetingState Status => Enum.Parse<MeetingState>(State);

    [System.Runtime.Serialization.IgnoreDataMember]
    public LeaveApproval LeaveApproval => Enum.Parse<LeaveApproval>(Approval);

    [System.Runtime.Serialization.IgnoreDataMember]
    public IReadOnlyList<string> InviteeCodes => Invitees.Split(';', StringSplitOptions.RemoveEmptyEntries);

    public bool IsInvited(string memberCode) => InviteeCodes.Contains(memberCode, StringComparer.OrdinalIgnoreCase);

    /// <summary>Organised by this member, or any secretariat member may manage it.</summary>
    public bool IsManagedBy(Member member) =>
        string.Equals(member.Code, OrganiserCode, StringComparison.OrdinalIgnoreCase) || member.Has(App.Roles.Secretariat);

    /// <summary>The outbox job of the invitations of this revision.</summary>
    public string InviteJobId => $"meeting-{Id}-{Revision}";
}
