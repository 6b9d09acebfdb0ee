using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>A short card for a report that is not there or not the caller's to touch.</summary>
public static class GroupReportNotice
{
    public static AdaptiveCard Card(Texts t, string key, params object[] args) => Parts.Notice(t.Format(key, args), attention: true);

    public static AdaptiveCard NotFound(Texts t) => Card(t, "GroupReport.NotFound");
}
