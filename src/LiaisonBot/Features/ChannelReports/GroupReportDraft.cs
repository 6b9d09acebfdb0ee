namespace LiaisonBot.Features.ChannelReports;

/// <summary>A checked compose card: what kind of report, its period, and its words.</summary>
public sealed record GroupReportDraft(GroupReportKind Kind, DateOnly From, DateOnly To, GroupReportText Text);
