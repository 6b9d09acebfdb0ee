using LiaisonBot.App;
using LiaisonBot.Cards;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>
/// What the compose card shows. <see cref="Group"/> is null only for the secretariat starting a report, who then picks
/// the group; <see cref="Place"/> is the linked channel, or null when the group has none yet.
/// </summary>
public sealed record ComposeState(
    string Id,
    Group? Group,
    string? ETag,
    bool Correcting,
    GroupReportValues Values,
    IReadOnlyDictionary<string, FieldError> Errors,
    string? Place,
    string? Notice = null);
