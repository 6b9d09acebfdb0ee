using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;

namespace LiaisonBot.Features.MassSupervision.Ballots;

public enum CodeState
{
    Unused,
    Used,

    /// <summary>Frozen by the close: no ballot can land on it any more.</summary>
    Closed,
}

/// <summary>
/// One slip's code: partition the campaign (so the page finds a typed code with one read, and the close can freeze codes
/// in transactions), row the code's keyed hash. A ballot is accepted by one ETag-conditional write of this row that marks
/// it used and holds the ballot sealed: atomic, so a code counts once and an accepted ballot is never lost. The close
/// moves the ballot out, anonymously, and erases <see cref="Sealed"/>.
/// </summary>
public sealed class CodeEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string BatchId { get; set; } = "";
    public string State { get; set; } = nameof(CodeState.Unused);
    public byte[]? Sealed { get; set; }

    [IgnoreDataMember]
    public CodeState Status => Enum.TryParse<CodeState>(State, out var s) ? s : CodeState.Unused;
}
