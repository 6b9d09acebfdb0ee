using System.Globalization;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Reports;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>
/// The numbers a group report carries, taken from storage rather than typed: the members' duty activities in the period
/// by type, the members who reported none, and the tasks of the year's plan (null when none has been sent to the
/// members yet). <see cref="At"/> is when they were counted.
/// </summary>
public sealed record GroupFigures(int ActivityTotal, IReadOnlyList<(ActivityKind Kind, int Count)> ByKind, IReadOnlyList<string> Silent,
    int GroupSize, TaskFigures? Tasks, DateTimeOffset? At)
{
    public static GroupFigures Read(int total, string? byKind, string? silent, int groupSize, TaskFigures? tasks, DateTimeOffset? at) => new(
        total,
        (byKind ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .Where(p => p.Length == 2 && ActivityKinds.Parse(p[0]) is not null && int.TryParse(p[1], CultureInfo.InvariantCulture, out _))
            .Select(p => (ActivityKinds.Parse(p[0])!.Value, int.Parse(p[1], CultureInfo.InvariantCulture)))
            .ToList(),
        (silent ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries),
        groupSize,
        tasks,
        at);

    public string? WriteByKind() => ByKind.Count == 0
        ? null
        : string.Join(';', ByKind.Select(k => $"{k.Kind}={k.Count.ToString(CultureInfo.InvariantCulture)}"));
}
