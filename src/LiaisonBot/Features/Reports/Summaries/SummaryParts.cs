using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Reports.Summaries;

/// <summary>What the group and the committee summaries both show.</summary>
public static class SummaryParts
{
    public static void AddByKind(List<CardElement> body, Texts t, IReadOnlyList<ReportEntity> counting)
    {
        body.Add(Heading(t["Report.ByKind"]));
        var byKind = counting.GroupBy(r => r.ActivityKind).OrderByDescending(g => g.Count())
            .Select(g => new Fact(g.Key.Name(t), g.Count().ToString(t.Culture))).ToList();
        body.Add(byKind.Count > 0 ? new FactSet(byKind) : new TextBlock(t["Report.NoneYet"]) { IsSubtle = true });
    }

    public static TextBlock Heading(string text) =>
        new(text) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true };
}
