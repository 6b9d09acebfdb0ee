using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Assessment.Results;

/// <summary>
/// The results' verbs, each checking on the server who may see what: a leader only ever their own group's scorecard and
/// figures (whatever group the card data names), the secretariat any group's; the ranking is the secretariat's until
/// the chairman's meeting approves the results, then every member's.
/// </summary>
public sealed class ResultsView(AssessmentStore store, ResultsCache results)
{
    public const Roles GroupRoles = Roles.Leader | Roles.Secretariat;

    public const Roles RankingRoles = Roles.Member | Roles.Secretariat;

    public async Task<AdaptiveCard> ScorecardAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var t = caller.Texts;
        var office = caller.Has(Roles.Secretariat);
        if (await YearAsync(turn, ct) is not { } year)
        {
            return Notice(t, "Assessment.Results.None");
        }

        if (office && turn.ActionString(AssessmentVerbs.Group) is null)
        {
            return RankingCard.ForOffice(t, year);
        }

        return GroupOf(turn, caller, year) is { } card ? ScorecardCard.Build(t, year, card, office) : NoCard(t, year);
    }

    public async Task<AdaptiveCard> FigureAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var t = caller.Texts;
        if (await YearAsync(turn, ct) is not { } year)
        {
            return Notice(t, "Assessment.Results.None");
        }

        if (GroupOf(turn, caller, year) is not { } card)
        {
            return NoCard(t, year);
        }

        var code = turn.ActionString(AssessmentVerbs.Item);
        var item = card.Items.FirstOrDefault(i => i.Item.Source == ItemSource.Computed && string.Equals(i.Item.Code, code, StringComparison.OrdinalIgnoreCase));
        // The records behind the figure are the group row's own, read for this card alone (the kept results leave them out).
        var figure = item is null ? null : (await store.GroupAsync(year.Assessment.Year, card.Group.Code, ct))?.ReadFigures()?.For(item.Item.Code);
        return item is not null
            ? FigureCard.Build(t, year, card, item with { Figure = figure ?? item.Figure }, turn.ActionNumber(FigureCard.PageKey) ?? 0)
            : Parts.Notice(t["Assessment.Figure.Gone"], attention: true,
                new ExecuteAction(t["Assessment.Figure.Back"], AssessmentVerbs.Scorecard) { Data = FigureCard.Data(year, card, null) });
    }

    public async Task<AdaptiveCard> RankingAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var t = caller.Texts;
        if (await YearAsync(turn, ct) is not { } year)
        {
            return Notice(t, "Assessment.Results.None");
        }

        if (caller.Has(Roles.Secretariat))
        {
            return RankingCard.ForOffice(t, year);
        }

        return year.Assessment.Status == AssessmentState.Approved
            ? RankingCard.Build(t, year)
            : Parts.Notice(t.Format("Assessment.Ranking.NotPublished", year.Assessment.Year), attention: false);
    }

    /// <summary>
    /// The year the card data names, else the newest assessment opened (a scheme just loaded for next year has no
    /// scorecards yet), else the newest; null when there is none.
    /// </summary>
    public async Task<YearResults?> YearAsync(Turn turn, CancellationToken ct)
    {
        var year = turn.ActionNumber(AssessmentVerbs.Year);
        if (year is null)
        {
            var all = await store.AllAsync(ct);
            year = (all.FirstOrDefault(a => a.Status != AssessmentState.Scheme) ?? all.FirstOrDefault())?.Year;
        }

        return year is { } y ? await results.ForYearAsync(y, ct) : null;
    }

    /// <summary>The scorecard the caller may see: the named group's for the secretariat, always their own group's for a leader.</summary>
    public static Scorecard? GroupOf(Turn turn, Caller caller, YearResults year) =>
        caller.Has(Roles.Secretariat) ? year.Of(turn.ActionString(AssessmentVerbs.Group) ?? "")
            : caller.Member.GroupCode is { } own && caller.Has(Roles.Leader) ? year.Of(own) : null;

    private static AdaptiveCard NoCard(Texts t, YearResults year) => Parts.Notice(t.Format(
        year.Assessment.Status == AssessmentState.Scheme ? "Assessment.Results.NotOpen" : "Assessment.Results.NoGroup", year.Assessment.Year), attention: false);

    private static AdaptiveCard Notice(Texts t, string key) => Parts.Notice(t[key], attention: false);
}
