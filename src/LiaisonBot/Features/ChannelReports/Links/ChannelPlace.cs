using LiaisonBot.Localization;

namespace LiaisonBot.Features.ChannelReports.Links;

/// <summary>Where a link posts, as people read it.</summary>
public static class ChannelPlace
{
    /// <summary>"Team › channel", with the General channel named as such and names not (yet) known said so.</summary>
    public static string Of(Texts t, ChannelLinkEntity link) =>
        $"{link.TeamName ?? t["ChannelLink.UnknownTeam"]} › {link.ChannelName ?? t[link.ChannelId == link.TeamId ? "ChannelLink.General" : "ChannelLink.UnknownChannel"]}";
}
