using LiaisonBot.Cards;
using LiaisonBot.Features.DutyFile;
using LiaisonBot.Features.Reports;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Cards;
using LiaisonBot.Tests.Features.Reports;

namespace LiaisonBot.Tests.Features.DutyFile;

/// <summary>The duty file: a busy year (every kind, every state, long titles), and an empty one.</summary>
public sealed class DutyFileCardSamples : ICardSamples
{
    public IEnumerable<(string Name, AdaptiveCard Card)> Samples(Texts t)
    {
        var kinds = Enum.GetValues<ActivityKind>();
        var states = Enum.GetValues<ReviewState>();
        var busy = Enumerable.Range(0, 60).Select(n => new MemberRecord($"r{n}", kinds[n % kinds.Length], ReportSamples.Today.AddDays(-n),
            new string('题', 100), states[n % states.Length], Counts: n % 9 != 0, OrganisedBy: n % 3 == 0 ? "M001" : null)).ToList();

        yield return ("busy-year", MyDutyFile.Card(t, ReportSamples.Today.Year, busy, ReportSamples.Calendar));
        yield return ("empty-year", MyDutyFile.Card(t, ReportSamples.Today.Year - 1, [], ReportSamples.Calendar));
    }
}
