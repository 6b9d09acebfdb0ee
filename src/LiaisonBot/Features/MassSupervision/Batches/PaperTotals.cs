using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Features.MassSupervision.Results;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.MassSupervision.Batches;

/// <summary>
/// Paper ballots collected for a batch instead of (or besides) the page, entered as totals: how many came back and the
/// answers to each question of the group's ballot (the group's work, then each member the campaign fixed for it).
/// Counted apart and shown apart; more back than slips issued voids the batch's count.
/// </summary>
public sealed class PaperTotals(CampaignStore store, CampaignCard view)
{
    public const string Returned = "returned";
    public const int MaxCount = 10_000;

    public Task<AdaptiveCard> FormAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => MassNotice.NotFound(caller.Texts), async c =>
            await store.BatchAsync(c.Id, turn.ActionId(MassVerbs.Batch), ct) is { } b
                ? Form(caller.Texts, caller.Roster, c, b, Values(c, b), new Dictionary<string, FieldError>())
                : MassNotice.Card(caller.Texts, "Mass.NotFound", c.Id));

    public Task<AdaptiveCard> SaveAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => MassNotice.NotFound(caller.Texts), async c =>
        {
            if (c.Status != CampaignState.Open || await store.BatchAsync(c.Id, turn.ActionId(MassVerbs.Batch), ct) is not { } b)
            {
                return MassNotice.Card(caller.Texts, "Mass.Closed", c.Id);
            }

            var questions = c.QuestionsOf(b.GroupCode);
            var values = Fields(questions).ToDictionary(f => f, f => CardData.Text(turn.ActionData, f, 10));
            var numbers = values.ToDictionary(v => v.Key, v => int.TryParse(v.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= MaxCount ? n : (int?)null);
            var errors = numbers.Where(n => n.Value is null).ToDictionary(n => n.Key, _ => new FieldError("Mass.Error.Count", MaxCount));
            if (errors.Count == 0)
            {
                // Beside the question's first field: the card is long, and a message by "returned" would not say which question.
                foreach (var q in questions.Where(q => Answers.All.Sum(a => numbers[Field(q, a)]!.Value) > numbers[Returned]))
                {
                    errors[Field(q, Answer.Satisfied)] = new FieldError("Mass.Error.PaperSum");
                }
            }

            if (errors.Count > 0)
            {
                return Form(caller.Texts, caller.Roster, c, b, values, errors);
            }

            var counts = questions.ToDictionary(q => q, q => new AnswerCounts(numbers[Field(q, Answer.Satisfied)]!.Value, numbers[Field(q, Answer.Mostly)]!.Value,
                numbers[Field(q, Answer.Not)]!.Value, numbers[Field(q, Answer.Unknown)]!.Value));
            await store.ChangeBatchAsync(c.Id, b.Id, x =>
            {
                x.PaperReturned = numbers[Returned];
                x.PaperAnswers = counts[CampaignEntity.GroupQuestion].Format();
                x.PaperMemberAnswers = BatchEntity.FormatMembers(counts.Where(q => q.Key != CampaignEntity.GroupQuestion));
                return true;
            }, ct);
            return await view.CardAsync(caller, c.Id, ct);
        });

    private static IEnumerable<string> Fields(IReadOnlyList<string> questions) =>
        [Returned, .. questions.SelectMany(q => Answers.All.Select(a => Field(q, a)))];

    /// <summary>The group question keeps its first ids (<c>paper.S</c>); a member's carries the member code.</summary>
    public static string Field(string question, Answer a) =>
        question == CampaignEntity.GroupQuestion ? "paper." + a.Code() : $"paper.{question}.{a.Code()}";

    private static Dictionary<string, string> Values(CampaignEntity c, BatchEntity b)
    {
        var members = b.PaperMembers;
        var values = new Dictionary<string, string> { [Returned] = (b.PaperReturned ?? 0).ToString(CultureInfo.InvariantCulture) };
        foreach (var q in c.QuestionsOf(b.GroupCode))
        {
            var counts = q == CampaignEntity.GroupQuestion ? AnswerCounts.Parse(b.PaperAnswers) : members.GetValueOrDefault(q, AnswerCounts.None);
            foreach (var a in Answers.All)
            {
                values[Field(q, a)] = counts[a].ToString(CultureInfo.InvariantCulture);
            }
        }

        return values;
    }

    public static AdaptiveCard Form(Texts t, Committee roster, CampaignEntity c, BatchEntity b, IReadOnlyDictionary<string, string> values,
        IReadOnlyDictionary<string, FieldError> errors)
    {
        var group = roster.Group(b.GroupCode)?.Name ?? b.GroupCode;
        var body = new List<CardElement>
        {
            Parts.Title(t["Mass.Paper.Title"]),
            new TextBlock(t.Format("Mass.Paper.Intro", b.Label, b.Slips)) { IsSubtle = true, Size = TextSize.Small },
        };
        Parts.Field(body, t, errors, Returned, Number(t["Mass.Paper.Returned"], values.GetValueOrDefault(Returned)));
        foreach (var q in c.QuestionsOf(b.GroupCode))
        {
            body.Add(new TextBlock(PlainText.Literal(q == CampaignEntity.GroupQuestion
                ? t.Format("Mass.Page.GroupQuestion", group)
                : t.Format("Mass.Page.MemberQuestion", roster.ByCode(q)?.Name ?? q)))
            { Weight = TextWeight.Bolder, Spacing = Spacing.Large });
            foreach (var a in Answers.All)
            {
                Parts.Field(body, t, errors, Field(q, a), Number(t.Format("Mass.Paper.Answer", t[$"Mass.Answer.{a}"]), values.GetValueOrDefault(Field(q, a))));
            }
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

    private static InputNumber Number(string label, string? value) =>
        new() { Label = label, Min = 0, Max = MaxCount, Value = CardData.Number(value) };
}
