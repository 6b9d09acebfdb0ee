using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.DutyFile;

/// <summary>
/// The meetings in a member's duty file: how many they attended, were on leave from or missed, and each meeting with what
/// it earned or cost and who organised it (the organiser recorded the attendance, 谁组织谁记录).
/// </summary>
public static class AttendanceParts
{
    /// <summary>The card lists the latest few; the printed file lists them all.</summary>
    public const int Shown = 5;

    public static IEnumerable<CardElement> Section(Texts t, IReadOnlyList<AttendanceRecord> meetings, MemberPoints? points)
    {
        if (meetings.Count == 0)
        {
            yield break;
        }

        yield return new TextBlock(t["DutyFile.Meetings"]) { Weight = TextWeight.Bolder, Separator = true };
        yield return new TextBlock(Counts(t, meetings))
        {
            Size = TextSize.Small,
            Color = meetings.Any(m => m.Outcome == AttendanceOutcome.Absent) ? TextColor.Attention : null,
            Spacing = Spacing.None,
        };
        var lines = Lines(points);
        foreach (var meeting in meetings.OrderByDescending(m => m.Date).ThenBy(m => m.MeetingId, StringComparer.Ordinal).Take(Shown))
        {
            yield return new Container(
            [
                new TextBlock(meeting.Title) { MaxLines = 2, Size = TextSize.Small, Weight = TextWeight.Bolder },
                new TextBlock($"{WorkCalendar.Show(meeting.Date, t)} · {meeting.Kind.Name(t)} · {State(t, meeting, lines.GetValueOrDefault(meeting.MeetingId))}")
                {
                    IsSubtle = true,
                    Size = TextSize.Small,
                    MaxLines = 2,
                    Spacing = Spacing.None,
                },
            ])
            { Spacing = Spacing.Small };
        }

        if (meetings.Count > Shown)
        {
            yield return new TextBlock(t.Format("List.More", meetings.Count - Shown)) { IsSubtle = true, Size = TextSize.Small };
        }
    }

    public static string Counts(Texts t, IReadOnlyList<AttendanceRecord> meetings) => t.Format("DutyFile.Meetings.Counts",
        meetings.Count(m => m.Outcome == AttendanceOutcome.Present),
        meetings.Count(m => m.Outcome == AttendanceOutcome.Excused),
        meetings.Count(m => m.Outcome == AttendanceOutcome.Absent));

    /// <summary>The points lines that come from meetings, by meeting id: a member has one outcome, so one line, a meeting.</summary>
    public static Dictionary<string, PointsLine> Lines(MemberPoints? points) =>
        points?.Lines.Where(l => l.Meeting is not null).ToDictionary(l => l.Id) ?? [];

    /// <summary>How the meeting ended for the member, what that earned or cost (nothing when the rules say nothing), and its organiser.</summary>
    public static string State(Texts t, AttendanceRecord meeting, PointsLine? line)
    {
        var earned = line is null ? "" : " · " + PointsParts.Earned(t, line);
        return $"{t[$"DutyFile.Outcome.{meeting.Outcome}"]}{earned} · {t.Format("DutyFile.Organiser", meeting.OrganiserName)}";
    }
}
