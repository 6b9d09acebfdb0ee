using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Plans;

/// <summary>
/// An owner reports progress on one of their tasks. The task is named by card data, but whether the caller may touch it
/// is decided from the roster: only its owners, and only once it was sent to them.
/// </summary>
public sealed class UpdateProgress(PlanStore store, WorkCalendar calendar)
{
    public Task<AdaptiveCard> FormAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.OwnTaskOnCardAsync(turn, caller.Member, ct).OrAsync(() => NotYours(caller.Texts),
            task => Card(caller.Texts, task, ProgressForm.ValuesOf(task), new Dictionary<string, FieldError>(), calendar.Today));

    public Task<AdaptiveCard> SaveAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.OwnTaskOnCardAsync(turn, caller.Member, ct).OrAsync(() => NotYours(caller.Texts), task => SaveAsync(turn, caller, task, ct));

    /// <summary>Saves an owner's progress if nobody saved since their card was drawn; otherwise shows what is stored now.</summary>
    private async Task<AdaptiveCard> SaveAsync(Turn turn, Caller caller, PlanTaskEntity task, CancellationToken ct)
    {
        var input = ProgressForm.Read(turn.ActionData);
        if (input.Draft is not { } progress)
        {
            return Card(caller.Texts, task, input.Values, input.Errors, calendar.Today);
        }

        if (task.ETag.ToString() != turn.ActionString(PlanVerbs.ETag))
        {
            return Changed(caller, task, input.Values);
        }

        (task.Progress, task.Percent, task.Note) = (progress.Status.ToString(), progress.Percent, progress.Note);
        (task.ProgressBy, task.ProgressAt) = (caller.Member.Code, calendar.Now);
        return await store.TrySaveAsync(task, ct)
            ? Saved(caller.Texts, task, calendar.Today)
            : await store.FindTaskAsync(task.Key, ct).OrAsync(() => NotYours(caller.Texts), current => Changed(caller, current, input.Values));
    }

    /// <summary>
    /// Someone saved since this card was drawn: the form now holds their save (with who and when), and what this owner
    /// typed is shown beside it, unsaved, so pressing Save again can only keep or knowingly change the other save.
    /// </summary>
    private AdaptiveCard Changed(Caller caller, PlanTaskEntity current, ProgressValues typed)
    {
        var t = caller.Texts;
        var by = caller.Roster.ByCode(current.ProgressBy)?.Name ?? current.ProgressBy ?? "—";
        var at = current.ProgressAt is { } when ? calendar.ShowMoment(when, t) : "—";
        var conflict = new[]
        {
            t.Format("Plans.Progress.OtherSave", by, at, PlanParts.StatusText(t, current)),
            t.Format("Plans.Progress.YourInput", Typed(t, typed)),
        };
        return Card(t, current, ProgressForm.ValuesOf(current), new Dictionary<string, FieldError>(), calendar.Today, "Plans.Progress.Changed", conflict);
    }

    /// <summary>What the owner typed, as the status line shows a saved one: "In progress · 40% · note".</summary>
    private static string Typed(Texts t, ProgressValues v) =>
        string.Join(" · ", new[]
        {
            Enum.TryParse<PlanTaskStatus>(v.Status, out var status) && Enum.IsDefined(status) ? t[$"Plans.Status.{status}"] : null,
            v.Percent.Length > 0 ? v.Percent + "%" : null,
            v.Note.Length > 0 ? Parts.Clip(v.Note, 80) : null,
        }.OfType<string>());

    private static AdaptiveCard NotYours(Texts t) => PlanNotice.Card(t, "Plans.NotYourTask");

    /// <summary>The owner's progress form for one task, with any errors beside their fields and the input kept.</summary>
    public static AdaptiveCard Card(Texts t, PlanTaskEntity task, ProgressValues values, IReadOnlyDictionary<string, FieldError> errors, DateOnly today,
        string? notice = null, IReadOnlyList<string>? conflict = null)
    {
        var body = new List<CardElement>
        {
            Parts.Title(t["Plans.Progress.Title"]),
            new TextBlock(Parts.Clip(task.Title, 140)) { Weight = TextWeight.Bolder },
            new TextBlock(PlanParts.DueText(t, task, today)) { Color = task.IsOverdue(today) ? TextColor.Attention : null, Size = TextSize.Small, Spacing = Spacing.None },
        };
        if (task.Description.Length > 0)
        {
            body.Add(new TextBlock(Parts.Clip(task.Description, 300)) { IsSubtle = true, Size = TextSize.Small });
        }

        if ((notice ?? (errors.Count > 0 ? "Report.Form.Fix" : null)) is { } message)
        {
            body.Add(new TextBlock(t[message]) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        if (conflict is { Count: > 0 })
        {
            body.Add(new Container([.. conflict.Select(line => new TextBlock(line) { Size = TextSize.Small })]) { Style = ContainerStyle.Warning });
        }

        Parts.Field(body, t, errors, ProgressForm.Status, new InputChoiceSet
        {
            Label = t["Plans.Field.Status"],
            IsRequired = true,
            ErrorMessage = t["Form.Required"],
            Style = "expanded",
            Choices = new[] { PlanTaskStatus.NotStarted, PlanTaskStatus.InProgress, PlanTaskStatus.Done }
                .Select(s => new Choice(t[$"Plans.Status.{s}"], s.ToString())).ToList(),
            Value = CardData.OrNull(values.Status),
        });
        Parts.Field(body, t, errors, ProgressForm.Percent, new InputNumber
        {
            Label = t["Plans.Field.Percent"],
            Min = 0,
            Max = 100,
            ErrorMessage = t["Plans.Error.Percent"],
            Value = CardData.Number(values.Percent),
        });
        Parts.Field(body, t, errors, ProgressForm.Note, new InputText
        {
            Label = t["Plans.Field.Note"],
            IsMultiline = true,
            MaxLength = ProgressForm.MaxNote,
            Value = CardData.OrNull(values.Note),
        });
        var data = PlanParts.TaskData(task);
        data[PlanVerbs.ETag] = task.ETag.ToString();
        return new AdaptiveCard(body)
        {
            Actions = [new ExecuteAction(t["Report.Save"], PlanVerbs.ProgressSave) { Data = data }, new ExecuteAction(t["Button.mytasks"], PlanVerbs.MyTasks)],
            Speak = t["Plans.Progress.Title"],
        };
    }

    /// <summary>The task after its owner saved progress: the form is replaced in place by what was recorded.</summary>
    public static AdaptiveCard Saved(Texts t, PlanTaskEntity task, DateOnly today) => new(
    [
        new TextBlock("✓ " + t["Plans.Progress.Saved"]) { Color = TextColor.Good, Weight = TextWeight.Bolder },
        new TextBlock(Parts.Clip(task.Title, 140)) { Weight = TextWeight.Bolder },
        new TextBlock(PlanParts.DueText(t, task, today)) { Color = task.IsOverdue(today) ? TextColor.Attention : null, Size = TextSize.Small, Spacing = Spacing.None },
        new TextBlock(PlanParts.StatusText(t, task)) { Spacing = Spacing.Small },
    ])
    {
        Actions = [PlanParts.UpdateProgressButton(t, task), new ExecuteAction(t["Button.mytasks"], PlanVerbs.MyTasks)],
    };
}
