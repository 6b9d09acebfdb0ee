using System.Globalization;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Features.MassSupervision.Results;
using LiaisonBot.Features.Scoring.Results;
using static LiaisonBot.Features.Assessment.Figures.Figure;

namespace LiaisonBot.Features.Assessment.Figures;

/// <summary>The items others give the group: the Standing Committee's anonymous scores, and the public's in mass supervision.</summary>
public sealed class CommitteeItems(RoundScores rounds, SupervisionResults supervision, WorkCalendar calendar)
{
    /// <summary>
    /// The group's mean total in the year's closed scoring round over the round's maximum. With several closed rounds of
    /// the year, the last one that scored the group counts (a round repeated replaces the one before). Below the round's
    /// k ballots the mean is not shown anywhere, so it earns nothing here either.
    /// </summary>
    public async Task<ItemFigure> ScoringAsync(SchemeItem item, FigureContext at, CancellationToken ct)
    {
        var year = await at.YearReads.GetAsync("scoring-rounds", () => rounds.ForYearAsync(at.Year, ct));
        if (year.FirstOrDefault(r => r.Of(at.Group.Code) is not null) is not { } round)
        {
            return None(item, Notes.NoRound);
        }

        var result = round.Of(at.Group.Code)!;
        var closed = calendar.ToDate(round.ClosedAt);
        if (result.Total is not { } total)
        {
            return None(item, Notes.TooFewBallots, evidence: [new Evidence(closed, $"n = {Number(result.Ballots)} < k = {Number(round.MinBallots)}", false)]);
        }

        var mean = (decimal)total;
        var means = string.Join(" · ", result.Means!.Select(m => ((decimal)m).ToString("0.0", CultureInfo.InvariantCulture)));
        return Of(item, Share(mean, round.MaxTotal), mean, round.MaxTotal, [new Evidence(closed, $"n = {Number(result.Ballots)} · {means}", true)]);
    }

    /// <summary>
    /// The group's satisfaction share (满意率: satisfied and mostly satisfied among the opinions; "don't know" is none) in the
    /// year's closed campaigns together. Below the largest k of those campaigns it earns nothing, as no share is shown.
    /// </summary>
    public async Task<ItemFigure> SupervisionAsync(SchemeItem item, FigureContext at, CancellationToken ct)
    {
        var campaigns = await supervision.OfGroupAsync(at.Year, at.Group.Code, ct);
        if (campaigns.Count == 0)
        {
            return None(item, Notes.NoCampaign);
        }

        var answers = campaigns.Aggregate(AnswerCounts.None, (all, c) => all + c.Answers);
        var k = campaigns.Max(c => c.MinBallots);
        if (answers.Answered < k || answers.SatisfactionShare is not { } share)
        {
            // Below k no share is shown anywhere, so as not to tell what the few who answered said: only how many they were.
            return None(item, Notes.TooFewAnswers, evidence: [.. campaigns.Select(c =>
                new Evidence(calendar.ToDate(c.ClosedAt), $"{Parts.Clip(c.Title, TitleLength)} · n = {Number(c.Answers.Answered)} < k = {Number(k)}", false))]);
        }

        var satisfied = answers.Satisfied + answers.Mostly;
        return Of(item, share, satisfied, Opinions(answers), campaigns.Select(c => new Evidence(calendar.ToDate(c.ClosedAt),
            $"{Parts.Clip(c.Title, TitleLength)} · {Number(c.Answers.Satisfied + c.Answers.Mostly)}/{Number(Opinions(c.Answers))} (n = {Number(c.Answers.Answered)})", true)));
    }

    private static int Opinions(AnswerCounts a) => a.Satisfied + a.Mostly + a.Not;

}
