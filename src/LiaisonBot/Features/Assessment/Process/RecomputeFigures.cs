using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Assessment.Process;

/// <summary>The secretariat recomputes an open year's figures from the data (a repair, or before looking at the ranking); never an approved year's.</summary>
public sealed class RecomputeFigures(AssessmentStore store, AssessmentFigures figures, AssessmentHome home, WorkCalendar calendar)
{
    public async Task<AdaptiveCard> RecomputeAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var (t, year) = (caller.Texts, YearSwitch.Of(turn, calendar));
        var said = (await store.FindAsync(year, ct))?.Status switch
        {
            AssessmentState.Open => new Said(t.Plural("Assessment.Recomputed", await figures.RecomputeYearAsync(year, ct))),
            AssessmentState.Approved => new Said(t["Assessment.Frozen"], Attention: true),
            _ => new Said(t.Format("Assessment.NotOpen", year), Attention: true),
        };
        return await home.CardAsync(caller, year, said, ct);
    }
}
