using LiaisonBot.Localization;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>What a group presents: its year's plan, progress during the year, or the annual work report.</summary>
public enum GroupReportKind
{
    Plan,
    Progress,
    Annual,
}

public static class GroupReportKinds
{
    public static string Name(this GroupReportKind kind, Texts t) => t[$"GroupReport.Kind.{kind}"];

    public static GroupReportKind? Parse(string? value) =>
        Enum.TryParse<GroupReportKind>(value, out var k) && Enum.IsDefined(k) && !int.TryParse(value, out _) ? k : null;
}
