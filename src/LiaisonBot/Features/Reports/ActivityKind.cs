using LiaisonBot.Localization;

namespace LiaisonBot.Features.Reports;

/// <summary>The kinds of duty activity (履职活动) a member reports.</summary>
public enum ActivityKind
{
    Research,
    Inspection,
    Consultation,
    Proposal,
    SocialConditions,
    Speech,
    Study,
    EnterpriseLiaison,
    PublicLiaison,
    Meeting,
    Other,
}

public static class ActivityKinds
{
    public static string Name(this ActivityKind kind, Texts t) => t[$"Activity.{kind}"];

    public static ActivityKind? Parse(string? value) =>
        Enum.TryParse<ActivityKind>(value, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(value, out _)
            ? kind
            : null;
}
