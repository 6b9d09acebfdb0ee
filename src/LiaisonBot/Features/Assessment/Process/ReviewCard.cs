using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Results;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Localization;
using static LiaisonBot.Features.Assessment.Process.ReviewForm;

namespace LiaisonBot.Features.Assessment.Process;

/// <summary>One group's review as its card shows it: stored, or as just typed with a message beside each wrong field.</summary>
public sealed record ReviewView(
    AssessmentEntity Assessment,
    AssessmentScheme Scheme,
    ReviewLine Line,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, FieldError> Errors,
    Said? Said = null)
{
    public bool Frozen => Assessment.Status == AssessmentState.Approved;
}

/// <summary>
/// The secretariat's review of one group: every item with what was proposed (computed and explained, claimed with its
/// statement), the county party committee's score for an entered item, an adjusted points and reason for any item or
/// bonus entry, and "review done". After approval the same card, read-only.
/// </summary>
public static class ReviewCard
{
    public static AdaptiveCard Build(Texts t, ReviewView v, WorkCalendar calendar)
    {
        var (line, year) = (v.Line, v.Assessment.Year);
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("Assessment.ReviewGroup.Title", line.Group.Name, year)),
            new TextBlock(t[$"Assessment.Self.State.{line.Row.Self}"] + (line.Row.SubmittedAt is { } at ? " · " + calendar.ShowMoment(at, t) : ""))
                { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        };
        if (v.Frozen)
        {
            body.Add(ProcessParts.Said(t["Assessment.Frozen"], attention: true));
        }

        if (v.Said is { } said)
        {
            body.Add(ProcessParts.Said(said.Text, said.Attention));
        }

        if (v.Errors.Count > 0)
        {
            body.Add(ProcessParts.Said(t["Assessment.Self.Errors"], attention: true));
        }

        body.Add(new TextBlock(t.Format("Assessment.Self.Total", ProcessParts.Number(line.Score.Total), ProcessParts.Number(line.Score.Max))) { Weight = TextWeight.Bolder });
        foreach (var item in line.Score.Items)
        {
            body.Add(new Container([SelfCard.ItemLine(t, year, line.Group.Code, item)]) { Separator = true, Spacing = Spacing.Medium });
            if (item.Item.Source == ItemSource.Entered && !v.Frozen)
            {
                Parts.Field(body, t, v.Errors, EnteredField(item.Item.Code), Number(t.Format("Assessment.ReviewGroup.Entered", ProcessParts.Number(item.Item.Max)),
                    v.Values.GetValueOrDefault(EnteredField(item.Item.Code)), item.Item.Max));
            }

            Adjust(body, t, v, item.Item.Code, item.Item.Max, item.Adjustment);
        }

        body.Add(new TextBlock(t.Format("Assessment.Self.Bonus", ProcessParts.Number(v.Scheme.BonusCap), ProcessParts.Number(line.Score.BonusPoints)))
        { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
        if (line.Score.Bonus.Count == 0)
        {
            body.Add(new TextBlock(t["Assessment.ReviewGroup.NoBonus"]) { IsSubtle = true, Size = TextSize.Small });
        }

        foreach (var b in line.Score.Bonus)
        {
            body.Add(new TextBlock($"+{ProcessParts.Number(b.Entry.Points)} · {PlainText.Literal(b.Entry.Reason)}") { Size = TextSize.Small, Spacing = Spacing.Small });
            Adjust(body, t, v, b.Entry.Id, v.Scheme.BonusCap, b.Adjustment);
        }

        var data = ProcessParts.Data(year, line.Group.Code);
        if (!v.Frozen)
        {
            body.Add(new InputToggle
            {
                Id = DoneField,
                Title = t["Assessment.ReviewGroup.Done"],
                Value = v.Values.GetValueOrDefault(DoneField) ?? "false",
                Separator = true,
                Spacing = Spacing.Medium,
            });
        }

        return new AdaptiveCard(body)
        {
            Actions = v.Frozen
                ? [new ExecuteAction(t["Assessment.Button.Review"], AssessmentVerbs.Review) { Data = ProcessParts.Data(year) }]
                :
                [
                    new ExecuteAction(t["Assessment.ReviewGroup.Save"], AssessmentVerbs.ReviewSave) { Data = data },
                    new ExecuteAction(t["Assessment.Button.Review"], AssessmentVerbs.Review) { Data = ProcessParts.Data(year), AssociatedInputs = "none" },
                ],
            Speak = t.Format("Assessment.ReviewGroup.Title", line.Group.Name, year),
        };
    }

    private static void Adjust(List<CardElement> body, Texts t, ReviewView v, string id, decimal max, Adjustment? stored)
    {
        if (v.Frozen)
        {
            if (stored is not null)
            {
                body.Add(SelfCard.Adjusted(t, stored));
            }

            return;
        }

        Parts.Field(body, t, v.Errors, AdjustField(id), Number(t.Format("Assessment.ReviewGroup.Adjust", ProcessParts.Number(max)), v.Values.GetValueOrDefault(AdjustField(id)), max));
        Parts.Field(body, t, v.Errors, ReasonField(id), new InputText
        {
            Label = t["Assessment.ReviewGroup.Reason"],
            MaxLength = ProcessParts.MaxText,
            Value = CardData.OrNull(v.Values.GetValueOrDefault(ReasonField(id)) ?? ""),
        });
    }

    private static InputNumber Number(string label, string? value, decimal max) =>
        new() { Label = label, Min = 0, Max = (double)max, Value = CardData.Number(value) };
}
