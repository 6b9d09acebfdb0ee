using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Assessment.Process;

/// <summary>
/// One group's review (secretariat): shown, and saved: the entered scores, the adjustments with their reasons (an unchanged
/// one keeps who made it and when), and "review done". Bad input comes back beside its field, nothing stored; after
/// approval nothing is saved.
/// </summary>
public sealed class ReviewGroup(AssessmentStore store, WorkCalendar calendar)
{
    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) =>
        await LoadAsync(turn, caller, ct) is { } v ? ReviewCard.Build(caller.Texts, v, calendar) : NotFound(caller, turn);

    public async Task<AdaptiveCard> SaveAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var t = caller.Texts;
        if (await LoadAsync(turn, caller, ct) is not { } v)
        {
            return NotFound(caller, turn);
        }

        if (v.Frozen)
        {
            return ReviewCard.Build(t, v with { Said = new Said(t["Assessment.NotChanged"], Attention: true) }, calendar);
        }

        var input = ReviewForm.Read(turn.ActionData, v.Scheme, v.Line.Group, v.Line.Row.ReadEntries());
        if (input.Draft is not { } draft)
        {
            return ReviewCard.Build(t, v with { Values = input.Values, Errors = input.Errors }, calendar);
        }

        var (year, now, by) = (v.Assessment.Year, calendar.Now, caller.Member.Code);
        var stored = false;
        var row = await store.ChangeGroupAsync(year, v.Line.Group.Code, r =>
        {
            stored = r.FinalRank is null;
            if (!stored)
            {
                return false;
            }

            var entries = r.ReadEntries();
            var adjustments = draft.Adjusted.ToDictionary(a => a.Key, a =>
                entries.Adjustments.TryGetValue(a.Key, out var old) && old.Points == a.Value.Points && old.Reason == a.Value.Reason
                    ? old
                    : new Adjustment(a.Value.Points, a.Value.Reason, by, now));
            r.Write(entries with { Entered = draft.Entered, Adjustments = adjustments });
            (r.ReviewedBy, r.ReviewedAt) = draft.Done ? (r.ReviewedBy ?? by, r.ReviewedAt ?? now) : ((string?)null, (DateTimeOffset?)null);
            return true;
        }, ct);
        var line = ReviewList.Line(v.Scheme, v.Line.Group, row!);
        var view = v with { Line = line, Values = ReviewForm.Values(v.Scheme, line.Group, line.Row) };
        return ReviewCard.Build(t, view with { Said = stored ? new Said(t["Assessment.ReviewGroup.Saved"]) : new Said(t["Assessment.NotChanged"], Attention: true) },
            calendar);
    }

    /// <summary>The group the button names, in a year that is open or approved; the secretariat may review any group.</summary>
    private async Task<ReviewView?> LoadAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var year = YearSwitch.Of(turn, calendar);
        if (turn.ActionString(AssessmentVerbs.Group) is not { Length: > 0 and <= 64 } code || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ||
            await store.FindAsync(year, ct) is not { Status: not AssessmentState.Scheme } assessment ||
            await store.GroupAsync(year, code, ct) is not { } row)
        {
            return null;
        }

        var scheme = assessment.ReadScheme();
        var group = ProcessParts.GroupOf(caller.Roster, row.GroupCode);
        return new ReviewView(assessment, scheme, ReviewList.Line(scheme, group, row), ReviewForm.Values(scheme, group, row), new Dictionary<string, FieldError>());
    }

    private AdaptiveCard NotFound(Caller caller, Turn turn) =>
        ProcessParts.Notice(caller.Texts, caller.Texts["Assessment.NotFound"], YearSwitch.Of(turn, calendar));
}
