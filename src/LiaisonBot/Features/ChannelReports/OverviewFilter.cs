namespace LiaisonBot.Features.ChannelReports;

/// <summary>The secretariat's filters on the overview: a year, a kind or all, a group or all, and the page.</summary>
public sealed record OverviewFilter(int Year, GroupReportKind? Kind, string? GroupCode, int Page);
