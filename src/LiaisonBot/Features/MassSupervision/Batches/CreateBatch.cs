using System.Globalization;
using System.Text.Json;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.MassSupervision.Ballots;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.MassSupervision.Batches;

/// <summary>
/// N slips for one group and one meeting: N fresh codes, stored as keyed hashes; the plain codes leave this request
/// only sealed on the batch row (for the PDF) and never reach a log. The form's batch id makes a double press one batch.
/// </summary>
public sealed class CreateBatch(CampaignStore store, CodeStore codes, CampaignKeys keys, SlipSeal seal, CampaignCard view, WorkCalendar calendar,
    ILogger<CreateBatch> log)
{
    public const string Group = "group";
    public const string Label = "label";
    public const string Slips = "slips";
    public const int MaxLabel = 60;
    public const int MaxSlips = 200;
    public const int DefaultSlips = 30;

    public Task<AdaptiveCard> CreateAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => MassNotice.NotFound(caller.Texts), async c =>
        {
            if (c.Status != CampaignState.Open)
            {
                return MassNotice.Card(caller.Texts, "Mass.Closed", c.Id);
            }

            var batchId = turn.ActionId(MassVerbs.Batch) ?? Guid.NewGuid().ToString("N");
            if (await store.BatchAsync(c.Id, batchId, ct) is null)
            {
                var input = Read(turn.ActionData, c);
                if (input.Draft is not { } draft)
                {
                    return await view.CardAsync(caller, c.Id, ct, input.Values, input.Errors);
                }

                var plain = Enumerable.Range(0, draft.Slips).Select(_ => SlipCodes.New()).Distinct().ToList();
                // Codes first: a batch row is what makes them count, so a crash in between leaves only codes nobody holds.
                await codes.AddAsync(c.Id, batchId, plain.Select(code => keys.CodeHash(c, code)), ct);
                await store.AddBatchAsync(new BatchEntity
                {
                    PartitionKey = c.Id,
                    RowKey = batchId,
                    GroupCode = draft.Group,
                    Label = draft.Label,
                    Slips = plain.Count,
                    CreatedBy = caller.Member.Code,
                    CreatedAt = calendar.Now,
                    SealedCodes = seal.Seal(c.Id, batchId, plain),
                }, ct);
                log.LogInformation("Mass supervision campaign {CampaignId}: batch {BatchId} of {Slips} slips for group {Group}.", c.Id, batchId, plain.Count, draft.Group);
            }

            return await view.CardAsync(caller, c.Id, ct);
        });

    public static FormInput<BatchValues, BatchDraft> Read(JsonElement? data, CampaignEntity c)
    {
        var v = new BatchValues(CardData.Text(data, Group, 40), CardData.Text(data, Label, MaxLabel + 100), CardData.Text(data, Slips, 10));
        var errors = new Dictionary<string, FieldError>();
        var group = c.GroupCodes.FirstOrDefault(g => string.Equals(g, v.Group, StringComparison.OrdinalIgnoreCase));
        if (group is null)
        {
            errors[Group] = new(v.Group.Length == 0 ? "Form.Required" : "Report.Error.Choice");
        }

        errors.CheckLength(Label, v.Label, MaxLabel, required: true);
        if (!int.TryParse(v.Slips, NumberStyles.None, CultureInfo.InvariantCulture, out var slips) || slips is < 1 or > MaxSlips)
        {
            errors[Slips] = new("Mass.Error.Slips", MaxSlips);
        }

        return FormInput<BatchValues, BatchDraft>.Checked(v, errors, () => new BatchDraft(group!, v.Label, slips));
    }

    public static BatchValues Defaults => new("", "", DefaultSlips.ToString(CultureInfo.InvariantCulture));
}

public sealed record BatchValues(string Group, string Label, string Slips);

public sealed record BatchDraft(string Group, string Label, int Slips);
