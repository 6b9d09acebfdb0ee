namespace LiaisonBot.Features.ChannelReports;

/// <summary>
/// The words of a report: what the leader writes, and what a correction changes, including whether the channel post
/// names the members who reported nothing (the secretariat's copy always does).
/// </summary>
public sealed record GroupReportText(string Title, string From, string To, string WorkDone, string Results, string Problems, string NextSteps, bool NamesSilent)
{
    /// <summary>The sections in reading order, with their text key; empty sections are left out where shown.</summary>
    public IEnumerable<(string Key, string Text)> Sections =>
    [
        (GroupReportForm.WorkDone, WorkDone),
        (GroupReportForm.Results, Results),
        (GroupReportForm.Problems, Problems),
        (GroupReportForm.NextSteps, NextSteps),
    ];
}
