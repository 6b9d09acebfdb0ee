using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.MassSupervision.Ballots;
using LiaisonBot.Features.MassSupervision.Batches;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.MassSupervision;

/// <summary>
/// One campaign for the secretariat: its period and state, the ballot page's address, each batch with how many of its
/// slips have been used (turnout, never an answer: nothing is counted before the close), and a new batch's form.
/// </summary>
public sealed class CampaignCard(CampaignStore store, CodeStore codes, SlipLinks links, WorkCalendar calendar)
{
    public const int BatchesShown = 12;

    public Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) =>
        turn.ActionId(MassVerbs.Id) is { } id ? CardAsync(caller, id, ct) : Task.FromResult(MassNotice.NotFound(caller.Texts));

    public async Task<AdaptiveCard> CardAsync(Caller caller, string id, CancellationToken ct, BatchValues? values = null,
        IReadOnlyDictionary<string, FieldError>? errors = null)
    {
        if (await store.FindAsync(id, ct) is not { } c)
        {
            return MassNotice.NotFound(caller.Texts);
        }

        var batches = await store.BatchesAsync(c.Id, ct);
        var used = (await codes.AllAsync(c.Id, ct)).Where(r => r.Status == CodeState.Used).GroupBy(r => r.BatchId).ToDictionary(g => g.Key, g => g.Count());
        var lang = caller.Texts.Culture.Name;
        return Card(caller.Texts, caller.Roster, c, batches.Select(b => new BatchLine(b, used.GetValueOrDefault(b.Id), b.SealedCodes is null ? null : links.Slips(c, b, lang))).ToList(),
            links.BallotPage, calendar, values ?? CreateBatch.Defaults, errors ?? new Dictionary<string, FieldError>());
    }

    public static AdaptiveCard Card(Texts t, Committee roster, CampaignEntity c, IReadOnlyList<BatchLine> batches, string ballotPage, WorkCalendar calendar,
        BatchValues values, IReadOnlyDictionary<string, FieldError> errors)
    {
        var open = c.Status == CampaignState.Open;
        var body = new List<CardElement>
        {
            Parts.Title(c.Title),
            new TextBlock($"{SupervisionHome.Period(t, c, calendar)} · {t[$"Mass.State.{c.Status}"]}") { IsSubtle = true, Spacing = Spacing.None },
            new FactSet([
                new Fact(t["Mass.Card.Page"], ballotPage),
                new Fact(t["Mass.Card.Slips"], batches.Where(b => !b.Batch.Voided).Sum(b => b.Batch.Slips).ToString(CultureInfo.InvariantCulture)),
                new Fact(t["Mass.Card.Used"], batches.Sum(b => b.Used).ToString(CultureInfo.InvariantCulture)),
            ]),
            new TextBlock(t["Mass.Card.Batches"]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
        };
        if (batches.Count == 0)
        {
            body.Add(new TextBlock(t["Mass.Card.NoBatches"]) { IsSubtle = true });
        }

        // The newest first, as many as keep the card under Teams' 28 KB; the figures above count them all.
        foreach (var line in batches.Reverse().Take(BatchesShown))
        {
            body.Add(Batch(t, roster, c, line, open));
        }

        if (batches.Count > BatchesShown)
        {
            body.Add(new TextBlock(t.Format("Mass.Card.Earlier", batches.Count - BatchesShown)) { IsSubtle = true, Size = TextSize.Small });
        }

        if (open)
        {
            body.Add(new TextBlock(t["Mass.Batch.Title"]) { Weight = TextWeight.Bolder, Spacing = Spacing.Large, Separator = true });
            Parts.Field(body, t, errors, CreateBatch.Group, new InputChoiceSet
            {
                Label = t["Mass.Field.Group"],
                Style = "compact",
                IsRequired = true,
                ErrorMessage = t["Form.Required"],
                Placeholder = t["Report.Placeholder.Choose"],
                Choices = c.GroupCodes.Select(g => new Choice(roster.Group(g)?.Name ?? g, g)).ToList(),
                Value = CardData.OrNull(values.Group),
            });
            Parts.Field(body, t, errors, CreateBatch.Label, new InputText
            {
                Label = t["Mass.Field.Label"],
                Placeholder = t["Mass.Field.Label.Hint"],
                IsRequired = true,
                ErrorMessage = t["Form.Required"],
                MaxLength = CreateBatch.MaxLabel,
                Value = CardData.OrNull(values.Label),
            });
            Parts.Field(body, t, errors, CreateBatch.Slips, new InputNumber
            {
                Label = t["Mass.Field.Slips"],
                Min = 1,
                Max = CreateBatch.MaxSlips,
                IsRequired = true,
                ErrorMessage = t.Format("Mass.Error.Slips", CreateBatch.MaxSlips),
                Value = CardData.Number(values.Slips),
            });
            body.Add(new ActionSet([new ExecuteAction(t["Mass.Batch.Create"], MassVerbs.AddBatch) { Data = MassNotice.Data(c.Id, Guid.NewGuid().ToString("N")) }]));
        }

        return new AdaptiveCard(body)
        {
            Actions = open
                ? [new ExecuteAction(t["Mass.Close"], MassVerbs.Close) { Data = MassNotice.Data(c.Id), AssociatedInputs = "none" },
                    new ExecuteAction(t["Button.supervision"], MassVerbs.Home) { AssociatedInputs = "none" }]
                : [new ExecuteAction(t["Mass.Results"], MassVerbs.Results) { Data = MassNotice.Data(c.Id) }],
            Speak = c.Title,
        };
    }

    private static Container Batch(Texts t, Committee roster, CampaignEntity c, BatchLine line, bool open)
    {
        var b = line.Batch;
        var state = b.Voided ? t["Mass.Batch.Voided"] : t.Format("Mass.Batch.Used", line.Used, b.Slips);
        var paper = b.PaperReturned is { } returned ? " · " + t.Format(b.Overfilled ? "Mass.Batch.PaperVoid" : "Mass.Batch.Paper", returned) : "";
        var buttons = new List<CardAction>();
        if (line.SlipsLink is { } link && !b.Voided)
        {
            buttons.Add(new OpenUrlAction(t["Mass.Batch.Download"], link));
        }

        if (open && !b.Voided)
        {
            buttons.Add(new ExecuteAction(t["Mass.Batch.Void"], MassVerbs.Void) { Data = MassNotice.Data(c.Id, b.Id), AssociatedInputs = "none" });
            buttons.Add(new ExecuteAction(t["Mass.Batch.PaperEnter"], MassVerbs.Paper) { Data = MassNotice.Data(c.Id, b.Id), AssociatedInputs = "none" });
        }

        return new Container([
            new TextBlock($"{roster.Group(b.GroupCode)?.Name ?? b.GroupCode} · {b.Label}") { Weight = TextWeight.Bolder },
            new TextBlock(state + paper) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None, Color = b.Voided || b.Overfilled ? TextColor.Attention : null },
            .. buttons.Count > 0 ? [new ActionSet(buttons) { Spacing = Spacing.Small }] : Array.Empty<CardElement>(),
        ])
        { Separator = true };
    }
}

/// <summary>A batch as the card lists it: how many of its codes have been used, and its slips' link while they can be printed.</summary>
public sealed record BatchLine(BatchEntity Batch, int Used, string? SlipsLink);
