namespace LiaisonBot.Features.ChannelReports;

/// <summary>The form's fields as strings, exactly as they will be shown again.</summary>
public sealed record GroupReportValues(string Kind, string Title, string From, string To, string WorkDone, string Results, string Problems, string NextSteps, bool NamesSilent)
{
    public static GroupReportValues Empty { get; } = new("", "", "", "", "", "", "", "", NamesSilent: false);

    public IReadOnlyList<string> Sections => [WorkDone, Results, Problems, NextSteps];

    public static GroupReportValues Of(GroupReportEntity r) =>
        new(r.Kind, r.Title, r.PeriodFrom, r.PeriodTo, r.WorkDone ?? "", r.Results ?? "", r.Problems ?? "", r.NextSteps ?? "", r.NamesSilent);
}
