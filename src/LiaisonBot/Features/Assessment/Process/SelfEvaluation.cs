using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Assessment.Process;

/// <summary>
/// A leader's self-evaluation of their group (the group the roster gives them, never one a card names): shown, saved as a
/// draft, submitted, corrected until the deadline day ends in the committee's time zone; read-only after that and after
/// approval. Bad input comes back beside its field with everything typed kept, and nothing is stored.
/// </summary>
public sealed class SelfEvaluation(AssessmentStore store, WorkCalendar calendar)
{
    public Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) => CardAsync(caller, YearSwitch.Of(turn, calendar), null, ct);

    public Task<AdaptiveCard> SaveAsync(Turn turn, Caller caller, CancellationToken ct) => StoreAsync(turn, caller, submit: false, ct);

    public Task<AdaptiveCard> SubmitAsync(Turn turn, Caller caller, CancellationToken ct) => StoreAsync(turn, caller, submit: true, ct);

    public async Task<AdaptiveCard> CardAsync(Caller caller, int year, Said? said, CancellationToken ct) =>
        await LoadAsync(caller, year, ct) is { } v
            ? SelfCard.Build(caller.Texts, v with { Said = said }, calendar)
            : await RefusalAsync(caller, year, ct);

    /// <summary>The card as a leader is sent it (at opening): their group's stored self-evaluation, in their language.</summary>
    public static SelfView View(AssessmentEntity assessment, Group group, GroupAssessmentEntity row, WorkCalendar calendar)
    {
        var scheme = assessment.ReadScheme();
        var closed = assessment.Status == AssessmentState.Approved || calendar.Today > scheme.Deadline;
        return new SelfView(assessment, scheme, group, row, closed, SelfForm.Values(scheme, group, row.ReadEntries()), new Dictionary<string, FieldError>());
    }

    private async Task<AdaptiveCard> StoreAsync(Turn turn, Caller caller, bool submit, CancellationToken ct)
    {
        var t = caller.Texts;
        var year = YearSwitch.Of(turn, calendar);
        if (await LoadAsync(caller, year, ct) is not { } v)
        {
            return await RefusalAsync(caller, year, ct);
        }

        if (v.Closed)
        {
            return SelfCard.Build(t, v with { Said = new Said(t["Assessment.Self.NotSaved"], Attention: true) }, calendar);
        }

        var input = SelfForm.Read(turn.ActionData, v.Scheme, v.Group, submit);
        if (input.Draft is not { } draft)
        {
            return SelfCard.Build(t, v with { Values = input.Values, Errors = input.Errors }, calendar);
        }

        var stored = false;
        var now = calendar.Now;
        await store.ChangeGroupAsync(year, v.Group.Code, r =>
        {
            // Written once approved: the result is frozen, whatever this leader's card still shows.
            stored = r.FinalRank is null;
            if (!stored)
            {
                return false;
            }

            var entries = r.ReadEntries();
            r.Write(entries with { Claims = draft.Claims, Bonus = draft.Bonus });
            (r.SavedBy, r.SavedAt) = (caller.Member.Code, now);
            if (submit)
            {
                (r.SelfState, r.SubmittedBy, r.SubmittedAt) = (nameof(SelfEvaluationState.Submitted), caller.Member.Code, now);
            }
            else if (r.Self != SelfEvaluationState.Submitted)
            {
                r.SelfState = nameof(SelfEvaluationState.Draft);
            }

            return true;
        }, ct);
        var deadline = WorkCalendar.Show(v.Scheme.Deadline, t);
        var said = !stored ? new Said(t["Assessment.Self.NotSaved"], Attention: true)
            : submit ? new Said(t.Format("Assessment.Self.SubmittedNow", deadline))
            : new Said(t.Format("Assessment.Self.SavedNow", deadline));
        return await CardAsync(caller, year, said, ct);
    }

    private async Task<SelfView?> LoadAsync(Caller caller, int year, CancellationToken ct)
    {
        if (caller.Group is not { } group || await store.FindAsync(year, ct) is not { Status: not AssessmentState.Scheme } assessment)
        {
            return null;
        }

        var row = await store.GroupAsync(year, group.Code, ct);
        if (row is null && assessment.Status == AssessmentState.Open)
        {
            // A group the roster gained after opening: its row is made when its leader first comes.
            await store.AddGroupsAsync(year, [group.Code], ct);
            row = await store.GroupAsync(year, group.Code, ct);
        }

        return row is null ? null : View(assessment, group, row, calendar);
    }

    private async Task<AdaptiveCard> RefusalAsync(Caller caller, int year, CancellationToken ct)
    {
        var t = caller.Texts;
        var assessment = await store.FindAsync(year, ct);
        var key = caller.Group is null ? "Assessment.Self.NoGroup"
            : assessment is null or { Status: AssessmentState.Scheme } ? "Assessment.NotOpen"
            : "Assessment.Self.NotAssessed";
        return ProcessParts.Notice(t, t.Format(key, year), year);
    }
}
