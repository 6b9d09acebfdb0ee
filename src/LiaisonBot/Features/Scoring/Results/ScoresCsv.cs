using System.Globalization;
using CsvHelper;
using LiaisonBot.App;

namespace LiaisonBot.Features.Scoring.Results;

/// <summary>
/// A closed round's results as CSV for the annual assessment: one row per group, ranked, with machine-readable column
/// names and numbers (one decimal, '.'); a group below k has its ballot count and empty numbers.
/// </summary>
public static class ScoresCsv
{
    public static readonly string[] Header =
    [
        "round_id", "work_year", "closed_at", "rank", "group_code", "group_name", "group_kind", "ballots", "min_ballots",
        "ideas_mean", "measures_mean", "methods_mean", "effect_mean", "total_mean", "total_median", "total_sd", "max_total", "result",
    ];

    public static void Write(TextWriter writer, ScoringRoundEntity round, IReadOnlyList<GroupResult> results, Committee roster)
    {
        // A group name is text someone typed into the roster: never let a spreadsheet run it as a formula.
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape }, true);
        csv.WriteRecord(Header);
        foreach (var r in results)
        {
            var group = roster.Group(r.Group);
            csv.WriteRecord([
                round.Id, Invariant(round.WorkYear), round.ClosedAt?.ToString("O", CultureInfo.InvariantCulture) ?? "", r.Rank is { } rank ? Invariant(rank) : "",
                r.Group, group?.Name ?? "", group?.Kind.ToString().ToLowerInvariant() ?? "", Invariant(r.Ballots), Invariant(round.MinBallots),
                .. Criteria.All.Select(c => Decimal(r.Means?[(int)c])), Decimal(r.Total), Decimal(r.Median), Decimal(r.Spread), Invariant(round.MaxTotal),
                r.TooFew ? "too_few_ballots" : "ok",
            ]);
        }
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Decimal(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "";
}
