using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Localization;
using LiaisonBot.Spreadsheets;
using LiaisonBot.Tests.Cards;
using LiaisonBot.Tests.Features.Reports;

namespace LiaisonBot.Tests.Features.Assessment.Scheme;

/// <summary>
/// The scheme: as loaded (each outcome), refused for an approved year, failed with more problems than a card lists, and
/// the secretariat's view of a year without a scheme, of an open year and of an approved one; the largest scheme the
/// reader takes, with the longest names, too.
/// </summary>
public sealed class SchemeCardSamples : ICardSamples
{
    private const string Template = "https://bot.example/assessment/template.xlsx";

    public IEnumerable<(string Name, AdaptiveCard Card)> Samples(Texts t)
    {
        var sample = SchemeTemplate.Expected;
        foreach (var saved in new[] { SchemeSaved.Added, SchemeSaved.Replaced, SchemeSaved.ReplacedOpen, SchemeSaved.Unchanged })
        {
            yield return ($"loaded-{saved}", SchemeUpload.Loaded(t, "2026年度联络组考核方案.xlsx", sample, saved));
        }

        yield return ("loaded-largest", SchemeUpload.Loaded(t, new string('方', 120) + ".xlsx", Largest(), SchemeSaved.ReplacedOpen));
        yield return ("refused-approved", SchemeUpload.Refused(t, "考核方案.xlsx", sample.Year));
        yield return ("failed", SchemeUpload.Failed(t, "考核方案.xlsx",
            [.. Enumerable.Range(2, 30).Select(row => new SheetError("items", row, "Assessment.File.Unknown", new string('算', 60), SchemeFileSheets.Formula,
                SchemeFileSheets.Formulas.Keys.ToArray()))]));

        var year = ReportSamples.Today.Year;
        yield return ("view-none", SchemeView.Card(t, year, null, ReportSamples.Calendar, Template));
        foreach (var state in Enum.GetValues<AssessmentState>())
        {
            yield return ($"view-{state}", SchemeView.Card(t, year, Stored(SchemeTemplate.In(year), state), ReportSamples.Calendar, Template));
        }

        yield return ("view-largest", SchemeView.Card(t, year, Stored(Largest(), AssessmentState.Open), ReportSamples.Calendar, Template));
    }

    /// <summary>As many items as the reader takes, in half as many sections, every name as long as it may be.</summary>
    private static AssessmentScheme Largest()
    {
        var limits = SchemeFileLimits.Default;
        var sample = SchemeTemplate.Expected;
        var sections = Enumerable.Range(0, limits.MaxRows / 2)
            .Select(n => new SchemeSection($"s{n}", new string('板', limits.MaxName), new string('S', limits.MaxName))).ToList();
        var items = Enumerable.Range(0, limits.MaxRows).Select(n => sample.Items[n % sample.Items.Count] with
        {
            Code = $"i{n}",
            Section = sections[n / 2].Code,
            Chinese = new string('项', limits.MaxName),
            English = new string('I', limits.MaxName),
            Max = 2.5m,
            Scope = n % 3 == 0 ? ItemScope.Township : ItemScope.All,
        }).ToList();
        return sample with { Title = new string('题', 2 * limits.MaxName), Sections = sections, Items = items, Grades = [.. Enumerable.Range(0, 10).Select(n => new LiaisonBot.Features.DutyFile.Points.GradeBand(new string('等', limits.MaxName), new string('G', limits.MaxName), n * 10))] };
    }

    private static AssessmentEntity Stored(AssessmentScheme scheme, AssessmentState state) => new()
    {
        RowKey = AssessmentEntity.Row(scheme.Year),
        Scheme = AssessmentJson.Write(scheme),
        SchemeFile = new string('案', 120) + ".xlsx",
        SchemeBy = "县政协办公室",
        SchemeAt = DateTimeOffset.UtcNow,
        State = state.ToString(),
    };
}
