using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Features.MassSupervision.Results;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.MassSupervision.Batches;

/// <summary>
/// Paper ballots collected for a batch instead of (or besides) the page, entered as totals: how many came back and the
/// answers about the group. Counted apart and shown apart; more back than slips issued voids the batch's count.
/// </summary>
public sealed class PaperTotals(CampaignStore store, CampaignCard view)
{
    public const string Returned = "returned";
    public const int MaxCount = 10_000;

    public Task<AdaptiveCard> FormAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => MassNotice.NotFound(caller.Texts), async c =>
            await store.BatchAsync(c.Id, turn.ActionId(MassVerbs.Batch), ct) is { } b
                ? Form(caller.Texts, c, b, Values(b), new Dictionary<string, FieldError>())
                : MassNotice.Card(caller.Texts, "Mass.NotFound", c.Id));

    public Task<AdaptiveCard> SaveAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => MassNotice.NotFound(caller.Texts), async c =>
        {
            if (c.Status != CampaignState.Open || await store.BatchAsync(c.Id, turn.ActionId(MassVerbs.Batch), ct) is not { } b)
            {
                return MassNotice.Card(caller.Texts, "Mass.Closed", c.Id);
            }

            var values = Fields.ToDictionary(f => f, f => CardData.Text(turn.ActionData, f, 10));
            var numbers = values.ToDictionary(v => v.Key, v => int.TryParse(v.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= MaxCount ? n : (int?)null);
            var errors = numbers.Where(n => n.Value is null).ToDictionary(n => n.Key, _ => new FieldError("Mass.Error.Count", MaxCount));
            if (errors.Count == 0 && Answers.All.Sum(a => numbers[Field(a)]!.Value) > numbers[Returned])
            {
                errors[Returned] = new FieldError("Mass.Error.PaperSum");
            }

            if (errors.Count > 0)
            {
                return Form(caller.Texts, c, b, values, errors);
            }

            var counts = new AnswerCounts(numbers[Field(Answer.Satisfied)]!.Value, numbers[Field(Answer.Mostly)]!.Value,
                numbers[Field(Answer.Not)]!.Value, numbers[Field(Answer.Unknown)]!.Value);
            await store.ChangeBatchAsync(c.Id, b.Id, x =>
            {
                (x.PaperReturned, x.PaperAnswers) = (numbers[Returned], counts.Format());
                return true;
            }, ct);
            return await view.CardAsync(caller, c.Id, ct);
        });

    private static IEnumerable<string> Fields => [Returned, .. Answers.All.Select(Field)];

    private static string Field(Answer a) => "paper." + a.Code();

    private static Dictionary<string, string> Values(BatchEntity b)
    {
        var counts = AnswerCounts.Parse(b.PaperAnswers);
        var values = Answers.All.ToDictionary(Field, a => counts[a].ToString(CultureInfo.InvariantCulture));
        values[Returned] = (b.PaperReturned ?? 0).ToString(CultureInfo.InvariantCulture);
        return values;
    }

    public static AdaptiveCard Form(Texts t, CampaignEntity c, BatchEntity b, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, FieldError> errors)
    {
        var body = new List<CardElement>
        {
            Parts.Title(t["Mass.Paper.Title"]),
            new TextBlock(t.Format("Mass.Paper.Intro", b.Label, b.Slips)) { IsSubtle = true, Size = TextSize.Small },
        };
        Parts.Field(body, t, errors, Returned, new InputNumber { Label = t["Mass.Paper.Returned"], Min = 0, Max = MaxCount, Value = CardData.Number(values.GetValueOrDefault(Returned)) });
        foreach (var a in Answers.All)
        {
            Parts.Field(body, t, errors, Field(a), new InputNumber
            {
                Label = t.Format("Mass.Paper.Answer", t[$"Mass.Answer.{a}"]),
                Min = 0,
                Max = MaxCount,
                Value = CardData.Number(values.GetValueOrDefault(Field(a))),
            });
        }

        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction(t["Mass.Paper.Save"], MassVerbs.PaperSave) { Data = MassNotice.Data(c.Id, b.Id) },
                new ExecuteAction(t["Report.Cancel"], MassVerbs.View) { Data = MassNotice.Data(c.Id), AssociatedInputs = "none" },
            ],
        };
    }
}
