using LiaisonBot.Localization;

namespace LiaisonBot.Features.Meetings;

/// <summary>The kinds of meeting a committee holds; points rules can value presence at each kind differently.</summary>
public enum MeetingKind
{
    Plenary,
    StandingCommittee,
    Consultation,
    GroupActivity,
    Study,
    Research,
    Other,
}

public static class MeetingKinds
{
    public static string Name(this MeetingKind kind, Texts t) => t[$"Meeting.Kind.{kind}"];

    public static MeetingKind? Parse(string? value) =>
        Enum.TryParse<MeetingKind>(value, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(value, out _)
            ? kind
            : null;
}
