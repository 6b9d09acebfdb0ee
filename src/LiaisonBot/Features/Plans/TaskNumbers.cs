using System.Globalization;

namespace LiaisonBot.Features.Plans;

/// <summary>Orders task numbers as people read them: 2 before 10, and numbers before other labels.</summary>
public sealed class TaskNumbers : IComparer<string>
{
    public static readonly TaskNumbers Order = new();

    public int Compare(string? x, string? y)
    {
        var xs = int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var a);
        var ys = int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var b);
        return (xs, ys) switch
        {
            (true, true) => a.CompareTo(b),
            (true, false) => -1,
            (false, true) => 1,
            _ => string.CompareOrdinal(x, y),
        };
    }

    /// <summary>The number a new task gets: one more than the highest number in use.</summary>
    public static string Next(IEnumerable<string> used) =>
        (used.Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0).DefaultIfEmpty(0).Max() + 1)
        .ToString(CultureInfo.InvariantCulture);
}
