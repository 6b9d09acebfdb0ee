using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Reports;

/// <summary>A short card for a stale or foreign button: say what happened and offer the way back.</summary>
public static class ReportNotice
{
    public static AdaptiveCard Card(Texts t, string key) =>
        Parts.Notice(t[key], attention: true, new ExecuteAction(t["Button.myreports"], ReportVerbs.Mine), new ExecuteAction(t["Button.report"], ReportVerbs.Report));

    public static AdaptiveCard NotFound(Texts t) => Card(t, "Report.NotFound");
}
