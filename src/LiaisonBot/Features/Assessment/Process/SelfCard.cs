using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Features.Assessment.Results;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Localization;
using static LiaisonBot.Features.Assessment.Process.SelfForm;

namespace LiaisonBot.Features.Assessment.Process;

/// <summary>A group's self-evaluation as its card shows it: stored, or as just typed with a message beside each wrong field.</summary>
public sealed record SelfView(
    AssessmentEntity Assessment,
    AssessmentScheme Scheme,
    Group Group,
    GroupAssessmentEntity Row,
    bool Closed,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, FieldError> Errors,
    Said? Said = null);

/// <summary>
/// The leader's self-evaluation card: the computed items filled and explained, each opening to its records; the
/// claimable items with points and a statement; up to three bonus entries; the secretariat's adjustments with their
/// reasons; Save and Submit until the deadline day ends, then the same card read-only.
/// </summary>
public static class SelfCard
{
    public static AdaptiveCard Build(Texts t, SelfView v, WorkCalendar calendar)
    {
        var (scheme, row) = (v.Scheme, v.Row);
        var year = v.Assessment.Year;
        var score = Scorecard.Of(scheme, v.Group, row.ReadFigures(), row.ReadEntries());
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("Assessment.Self.Title", v.Group.Name, year)),
            new TextBlock(State(t, v, calendar)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        };
        if (v.Closed)
        {
            body.Add(ProcessParts.Said(v.Assessment.Status == AssessmentState.Approved
                ? t["Assessment.Self.Approved"]
                : t.Format("Assessment.Self.Closed", WorkCalendar.Show(scheme.Deadline, t)), attention: true));
        }

        if (v.Said is { } said)
        {
            body.Add(ProcessParts.Said(said.Text, said.Attention));
        }

        if (v.Errors.Count > 0)
        {
            body.Add(ProcessParts.Said(t["Assessment.Self.Errors"], attention: true));
        }

        body.Add(new TextBlock(t.Format("Assessment.Self.Total", ProcessParts.Number(score.Total), ProcessParts.Number(score.Max))) { Weight = TextWeight.Bolder });
        foreach (var section in score.Sections)
        {
            body.Add(new TextBlock($"{section.Section.Name(t.IsChinese)} · {ProcessParts.Number(section.Points)} / {ProcessParts.Number(section.Max)}")
            { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
            foreach (var item in score.Items.Where(i => string.Equals(i.Item.Section, section.Section.Code, StringComparison.OrdinalIgnoreCase)))
            {
                Item(body, t, v, item);
            }
        }

        Bonus(body, t, v, score);
        return new AdaptiveCard(body)
        {
            Actions = v.Closed ? null : Buttons(t, year, row.Self == SelfEvaluationState.Submitted),
            Speak = t.Format("Assessment.Self.Title", v.Group.Name, year),
        };
    }

    private static List<CardAction> Buttons(Texts t, int year, bool submitted) => submitted
        ? [new ExecuteAction(t["Assessment.Self.Correct"], AssessmentVerbs.SelfSubmit) { Data = ProcessParts.Data(year) }]
        :
        [
            new ExecuteAction(t["Assessment.Self.Save"], AssessmentVerbs.SelfSave) { Data = ProcessParts.Data(year) },
            new ExecuteAction(t["Assessment.Self.Submit"], AssessmentVerbs.SelfSubmit) { Data = ProcessParts.Data(year) },
        ];

    private static string State(Texts t, SelfView v, WorkCalendar calendar)
    {
        var deadline = WorkCalendar.Show(v.Scheme.Deadline, t);
        return v.Row.Self switch
        {
            SelfEvaluationState.Submitted => t.Format("Assessment.Self.Submitted", calendar.ShowMoment(v.Row.SubmittedAt ?? calendar.Now, t), deadline),
            SelfEvaluationState.Draft => t.Format("Assessment.Self.Draft", calendar.ShowMoment(v.Row.SavedAt ?? calendar.Now, t), deadline),
            _ => t.Format("Assessment.Self.NotStarted", deadline),
        };
    }

    private static void Item(List<CardElement> body, Texts t, SelfView v, ItemScore item)
    {
        var (code, max) = (item.Item.Code, ProcessParts.Number(item.Item.Max));
        var name = item.Item.Name(t.IsChinese);
        if (item.Item.Source == ItemSource.Claimed && !v.Closed)
        {
            Parts.Field(body, t, v.Errors, ClaimField(code), new InputNumber
            {
                Label = t.Format("Assessment.Self.Claim", name, max),
                Min = 0,
                Max = (double)item.Item.Max,
                Value = CardData.Number(v.Values.GetValueOrDefault(ClaimField(code))),
            });
            Parts.Field(body, t, v.Errors, StatementField(code), new InputText
            {
                Label = t["Assessment.Self.Statement"],
                Placeholder = t["Assessment.Self.StatementHint"],
                IsMultiline = true,
                MaxLength = ProcessParts.MaxText,
                Value = CardData.OrNull(v.Values.GetValueOrDefault(StatementField(code)) ?? ""),
            });
        }
        else
        {
            body.Add(ItemLine(t, v.Assessment.Year, v.Group.Code, item));
        }

        if (item.Adjustment is { } a)
        {
            body.Add(Adjusted(t, a));
        }
    }

    /// <summary>An item shown, not edited: its points of maximum and where they come from; a computed one opens to its records.</summary>
    public static CardElement ItemLine(Texts t, int year, string group, ItemScore item)
    {
        var name = new TextBlock($"{item.Item.Name(t.IsChinese)} · {(item.Proposed is { } p ? ProcessParts.Number(p) : "—")} / {ProcessParts.Number(item.Item.Max)}")
        { Size = TextSize.Small, Weight = TextWeight.Bolder };
        var how = item.Item.Source switch
        {
            ItemSource.Computed => item.Figure is { } f ? FigureText.Explain(t, item.Item, f) : t["Assessment.Item.NotComputed"],
            ItemSource.Entered => t["Assessment.Item.Entered"],
            _ => item.Claim is { } c ? PlainText.Literal(c.Statement) : t["Assessment.Item.NotClaimed"],
        };
        var text = new Column([name, new TextBlock(how) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None }])
        { Width = "stretch", VerticalContentAlignment = VerticalAlignment.Center };
        if (item.Item.Source != ItemSource.Computed)
        {
            return new ColumnSet([text]) { Spacing = Spacing.Small };
        }

        var data = new Dictionary<string, string>(ProcessParts.Data(year, group)) { [AssessmentVerbs.Item] = item.Item.Code };
        return new ColumnSet([text, new Column([new ActionSet([new ExecuteAction(t["Assessment.Item.Records"], AssessmentVerbs.Figure) { Data = data }])]) { Width = "auto" }])
        { Spacing = Spacing.Small };
    }

    /// <summary>The secretariat's adjustment and its reason, in a warning box (its background stays readable in every theme).</summary>
    public static Container Adjusted(Texts t, Adjustment a) =>
        new([new TextBlock(t.Format("Assessment.Adjusted", ProcessParts.Number(a.Points), PlainText.Literal(a.Reason))) { Size = TextSize.Small }])
        { Style = ContainerStyle.Warning, Spacing = Spacing.Small };

    private static void Bonus(List<CardElement> body, Texts t, SelfView v, Scorecard score)
    {
        body.Add(new TextBlock(t.Format("Assessment.Self.Bonus", ProcessParts.Number(v.Scheme.BonusCap), ProcessParts.Number(score.BonusPoints)))
        { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
        if (v.Closed)
        {
            foreach (var b in score.Bonus)
            {
                body.Add(new TextBlock($"+{ProcessParts.Number(b.Entry.Points)} · {PlainText.Literal(b.Entry.Reason)}") { Size = TextSize.Small, Spacing = Spacing.Small });
                if (b.Adjustment is { } a)
                {
                    body.Add(Adjusted(t, a));
                }
            }

            return;
        }

        body.Add(new TextBlock(t["Assessment.Self.BonusHint"]) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        foreach (var i in BonusShown(v))
        {
            Parts.Field(body, t, v.Errors, BonusPointsField(i), new InputNumber
            {
                Label = t.Format("Assessment.Self.BonusPoints", i),
                Min = 0,
                Max = (double)v.Scheme.BonusCap,
                Value = CardData.Number(v.Values.GetValueOrDefault(BonusPointsField(i))),
            });
            Parts.Field(body, t, v.Errors, BonusReasonField(i), new InputText
            {
                Label = t["Assessment.Self.BonusReason"],
                MaxLength = ProcessParts.MaxText,
                Value = CardData.OrNull(v.Values.GetValueOrDefault(BonusReasonField(i)) ?? ""),
            });
            if (score.Bonus.FirstOrDefault(b => b.Entry.Id == BonusId(i))?.Adjustment is { } a)
            {
                body.Add(Adjusted(t, a));
            }
        }
    }

    /// <summary>
    /// The bonus entries given (typed or stored) and one empty more, up to three: six empty fields would make a phone's card
    /// long for the group that has nothing to add; another entry appears once the last one is saved.
    /// </summary>
    private static IEnumerable<int> BonusShown(SelfView v)
    {
        var given = Enumerable.Range(1, BonusEntries).Where(i => v.Values.GetValueOrDefault(BonusPointsField(i)) is { Length: > 0 } ||
            v.Values.GetValueOrDefault(BonusReasonField(i)) is { Length: > 0 } || v.Errors.ContainsKey(BonusPointsField(i)) || v.Errors.ContainsKey(BonusReasonField(i))).ToList();
        var empty = Enumerable.Range(1, BonusEntries).Except(given).Take(1);
        return given.Concat(empty).Order();
    }
}
