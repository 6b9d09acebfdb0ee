using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Features.Assessment.Results;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Assessment.Process;

/// <summary>
/// Approval (secretariat, recording the chairman's meeting's decision and its date): a last recompute of the figures, then
/// the state Approved, changed first and under the row's ETag so that a second press approves and publishes nothing; every
/// group's final total, rank and commendation written to its row; each leader sent the group's scorecard and everyone the
/// ranking, under job ids of the year, so no sending ever repeats.
/// </summary>
public sealed class ApproveAssessment(AssessmentStore store, AssessmentFigures figures, AssessmentResults results, ProcessMail mail, AssessmentHome home,
    WorkCalendar calendar)
{
    private const int FreezeAttempts = 5;

    public async Task<AdaptiveCard> AskAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var year = YearSwitch.Of(turn, calendar);
        return await RefusalAsync(caller, year, ct) ?? ApproveForm.Card(caller.Texts, year, await store.GroupsAsync(year, ct), ApproveForm.Defaults(calendar),
            new Dictionary<string, FieldError>());
    }

    public async Task<AdaptiveCard> ConfirmAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var (t, year) = (caller.Texts, YearSwitch.Of(turn, calendar));
        if (await store.FindAsync(year, ct) is { Status: AssessmentState.Approved })
        {
            // A first press that stopped half-way (the bot restarted) is finished here. Every step is idempotent, so after a
            // finished one this writes nothing and the outbox takes no job it already has: nobody is sent anything twice.
            var rows = await store.GroupsAsync(year, ct);
            await PublishAsync(year, caller.Roster, rows.Any(r => r.FinalRank is null) ? await FreezeAsync(year, ct) : (await results.ForYearAsync(year, ct))!, ct);
            return await home.CardAsync(caller, year, new Said(t["Assessment.Approve.Already"], Attention: true), ct);
        }

        if (await RefusalAsync(caller, year, ct) is { } refused)
        {
            return refused;
        }

        var input = ApproveForm.Read(turn.ActionData, calendar);
        if (input.Draft is not { } decision)
        {
            return ApproveForm.Card(t, year, await store.GroupsAsync(year, ct), input.Values, input.Errors);
        }

        await figures.RecomputeYearAsync(year, ct); // the last time: from here on the figures are what was approved
        var approved = false;
        var now = calendar.Now;
        await store.ChangeAsync(year, a =>
        {
            approved = a.Status == AssessmentState.Open;
            if (approved)
            {
                (a.State, a.ApprovedBy, a.ApprovedAt) = (nameof(AssessmentState.Approved), caller.Member.Code, now);
                (a.Decision, a.DecisionDate) = (decision.Text, WorkCalendar.Iso(decision.Date));
            }

            return approved;
        }, ct);
        if (!approved)
        {
            return await home.CardAsync(caller, year, new Said(t["Assessment.Approve.Already"], Attention: true), ct);
        }

        var (leaders, everyone) = await PublishAsync(year, caller.Roster, await FreezeAsync(year, ct), ct);
        return await home.CardAsync(caller, year, new Said(t.Format("Assessment.Approve.Done", leaders.Sent, everyone.Sent)), ct);
    }

    /// <summary>Each leader their group's scorecard, everyone the ranking: under the year's job ids, so never twice.</summary>
    private async Task<(Mailing Leaders, Mailing Everyone)> PublishAsync(int year, Committee roster, YearResults final, CancellationToken ct)
    {
        var leaders = await mail.ToLeadersAsync(JobId(year, "scorecards"), roster, final.Cards.Select(c => c.Group.Code),
            (lt, group) => ScorecardCard.Build(lt, final, final.Of(group.Code)!, forOffice: false), ct);
        var everyone = await mail.ToEveryoneAsync(JobId(year, "ranking"), roster, lt => RankingCard.Build(lt, final), ct);
        return (leaders, everyone);
    }

    public static string JobId(int year, string what) => string.Create(CultureInfo.InvariantCulture, $"assessment-{year}-{what}");

    /// <summary>
    /// Writes every group's final total, rank and commendation. A save that began before the approval may still land
    /// before its group's final is written (after it, the row refuses it): the year is read again until every row's final
    /// matches its scorecard.
    /// </summary>
    private async Task<YearResults> FreezeAsync(int year, CancellationToken ct)
    {
        for (var attempt = 0; attempt < FreezeAttempts; attempt++)
        {
            var read = (await results.ForYearAsync(year, ct))!;
            foreach (var card in read.Cards)
            {
                await store.ChangeGroupAsync(year, card.Group.Code, r =>
                {
                    if (Matches(r, card))
                    {
                        return false;
                    }

                    (r.FinalTotal, r.FinalRank, r.Commended) = ((double)card.Total, card.Rank, card.Commended);
                    return true;
                }, ct);
            }

            var again = (await results.ForYearAsync(year, ct))!;
            var rows = (await store.GroupsAsync(year, ct)).ToDictionary(r => r.GroupCode, StringComparer.OrdinalIgnoreCase);
            if (again.Cards.All(c => rows.TryGetValue(c.Group.Code, out var r) && Matches(r, c)))
            {
                return again;
            }
        }

        throw new InvalidOperationException($"The {year} assessment kept changing while it was being frozen.");
    }

    private static bool Matches(GroupAssessmentEntity row, Scorecard card) =>
        row.FinalTotal == (double)card.Total && row.FinalRank == card.Rank && row.Commended == card.Commended;

    private async Task<AdaptiveCard?> RefusalAsync(Caller caller, int year, CancellationToken ct)
    {
        var t = caller.Texts;
        return (await store.FindAsync(year, ct))?.Status switch
        {
            AssessmentState.Open => null,
            AssessmentState.Approved => await home.CardAsync(caller, year, new Said(t["Assessment.Approve.Already"], Attention: true), ct),
            _ => ProcessParts.Notice(t, t.Format("Assessment.NotOpen", year), year),
        };
    }
}
