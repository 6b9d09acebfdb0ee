using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;

namespace LiaisonBot.App;

/// <summary>Which roster version is current. Flipping this one row is what makes an import all-or-nothing.</summary>
public sealed class RosterPointerEntity : ITableEntity
{
    public const string Partition = "current";
    public const string Row = "pointer";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Version { get; set; } = "";
    public string ContentHash { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; }
    public int GroupCount { get; set; }
    public int MemberCount { get; set; }
}

/// <summary>A group or a person in one roster version; the partition is the version, the row <c>g:</c>/<c>m:</c> + code.</summary>
public sealed class RosterRowEntity : ITableEntity
{
    public const string GroupPrefix = "g:";
    public const string MemberPrefix = "m:";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? GroupCode { get; set; }
    public string? Kind { get; set; }
    public string? Roles { get; set; }
    public string? Email { get; set; }
    public string? AadObjectId { get; set; }

    public static RosterRowEntity From(string version, Group group) => new()
    {
        PartitionKey = version,
        RowKey = GroupPrefix + group.Code,
        Code = group.Code,
        Name = group.Name,
        Kind = group.Kind.ToString(),
    };

    public static RosterRowEntity From(string version, Member member) => new()
    {
        PartitionKey = version,
        RowKey = MemberPrefix + member.Code,
        Code = member.Code,
        Name = member.Name,
        GroupCode = member.GroupCode,
        Roles = RoleNames.Format(member.Roles),
        Email = member.Email,
        AadObjectId = member.AadObjectId,
    };

    [IgnoreDataMember]
    public bool IsGroup => RowKey.StartsWith(GroupPrefix, StringComparison.Ordinal);

    public Group ToGroup() => new(Code, Name, Enum.Parse<GroupKind>(Kind ?? nameof(GroupKind.Township)));

    public Member ToMember() => new(Code, Name, GroupCode, RoleNames.Read(Roles), Email ?? "", AadObjectId);
}
