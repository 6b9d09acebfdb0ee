using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Results;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Cards;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Assessment.Results;

/// <summary>
/// The results' cards: a township's scorecard approved and commended, before approval as the secretariat sees it, an
/// agency rescaled, a group with nothing claimed or entered yet and everything typed at its longest, a figure's records
/// (a full page, the last, none), the ranking approved, before approval with the secretariat's tools, and for 60 groups
/// (still under Teams' 28 KB), the export and print cards.
/// </summary>
public sealed class AssessmentResultsCardSamples : ICardSamples
{
    public IEnumerable<(string Name, AdaptiveCard Card)> Samples(Texts t)
    {
        var approved = ResultsSamples.Results(AssessmentState.Approved);
        var open = ResultsSamples.Results(AssessmentState.Open);
        var top = approved.Cards[0];
        yield return ("scorecard-commended", ScorecardCard.Build(t, approved, top, forOffice: false));
        yield return ("scorecard-chengguan-office", ScorecardCard.Build(t, open, open.Of("T01")!, forOffice: true));
        yield return ("scorecard-agency", ScorecardCard.Build(t, open, open.Cards.First(c => c.Group.Kind == GroupKind.Agency), forOffice: false));
        yield return ("scorecard-worst-case", ScorecardCard.Build(t, open, Worst(open), forOffice: true));

        var chengguan = open.Of("T01")!;
        yield return ("figure-records", FigureCard.Build(t, open, chengguan, chengguan.Items.Single(i => i.Item.Code == "O1"), 0));
        yield return ("figure-last-page", FigureCard.Build(t, open, chengguan, chengguan.Items.Single(i => i.Item.Code == "O1"), 9));
        yield return ("figure-none", FigureCard.Build(t, open, chengguan, chengguan.Items.Single(i => i.Item.Code == "C1"), 0));

        yield return ("ranking", RankingCard.Build(t, approved));
        yield return ("ranking-office-not-approved", RankingCard.ForOffice(t, open));
        yield return ("ranking-60-groups", RankingCard.Build(t, Sixty()));
        yield return ("ranking-empty", RankingCard.ForOffice(t, open with { Cards = [] }));

        var link = "https://bot.example" + ResultsLinks.Path + new string('x', 180);
        yield return ("export", ResultsExport.Card(t, ResultsSamples.Year, link, (t["Assessment.Export.AllGroups"], link)));
        yield return ("print", ResultsExport.Card(t, ResultsSamples.Year, null, (new string('组', 30), link)));
    }

    /// <summary>Nothing claimed or entered, every statement, reason and record at its longest, ten bonus entries.</summary>
    private static Scorecard Worst(YearResults open)
    {
        var group = new Group("T99", new string('长', 40) + "联络组", GroupKind.Township);
        var longText = string.Concat(Enumerable.Repeat("很长的说明**文字**[链接](http://x)，", 30));
        var figures = new GroupFigures(group.Code, [.. ResultsSamples.Scheme.Items.Where(i => i.Formula is not null)
            .Select(i => new ItemFigure(i.Code, i.Max / 2, 1, 2, [new Evidence(null, longText, false)]) { Note = null })], ResultsSamples.At);
        var entries = new GroupEntries(new Dictionary<string, Claim>(),
            [.. Enumerable.Range(1, 10).Select(n => new BonusEntry($"b{n}", 3, longText))],
            new Dictionary<string, decimal>(),
            ResultsSamples.Scheme.Items.Where(i => i.Formula is not null).ToDictionary(i => i.Code, i => new Adjustment(0, longText, "S01", ResultsSamples.At)));
        return Scorecard.Of(ResultsSamples.Scheme, group, figures, entries);
    }

    /// <summary>A committee of 60 groups, as the benchmark has: the ranking must still fit a card.</summary>
    private static YearResults Sixty()
    {
        var groups = Enumerable.Range(1, 60).Select(n => new Group($"G{n:00}", $"第{n}联络组" + (n % 7 == 0 ? "（社会福利与民族宗教界）" : ""), n % 3 == 0 ? GroupKind.Agency : GroupKind.Township));
        var cards = groups.Select((g, i) => Scorecard.Of(ResultsSamples.Scheme, g, ResultsSamples.Other(g, i).Figures, ResultsSamples.Other(g, i).Entries));
        return new YearResults(ResultsSamples.Assessment(AssessmentState.Approved), ResultsSamples.Scheme, Ranking.Rank(cards, ResultsSamples.Scheme.Commended));
    }
}
