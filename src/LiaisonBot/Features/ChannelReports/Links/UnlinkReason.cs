namespace LiaisonBot.Features.ChannelReports.Links;

/// <summary>Why a link ended, as told to the secretariat.</summary>
public enum UnlinkReason
{
    BotRemoved,
    ChannelDeleted,
    TeamDeleted,
    Secretariat,
}
