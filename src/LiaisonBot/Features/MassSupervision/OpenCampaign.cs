using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.MassSupervision.Ballots;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.MassSupervision;

/// <summary>
/// A new campaign: the form, then the campaign with its questions fixed (every group: its work overall, then each of its
/// members). The form's id is the campaign's id, so a double press makes one campaign.
/// </summary>
public sealed class OpenCampaign(CampaignStore store, CampaignKeys keys, CampaignCard view, WorkCalendar calendar, IOptions<MassOptions> options)
{
    public Task<AdaptiveCard> NewAsync(Turn turn, Caller caller, CancellationToken ct) =>
        Task.FromResult(Form(caller.Texts, Guid.NewGuid().ToString("N"), CampaignForm.Defaults(calendar, caller.Texts), new Dictionary<string, FieldError>(), calendar));

    public async Task<AdaptiveCard> CreateAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (turn.ActionId(MassVerbs.Id) is not { } id)
        {
            return MassNotice.NotFound(caller.Texts);
        }

        if (await store.FindAsync(id, ct) is null)
        {
            var input = CampaignForm.Read(turn.ActionData, calendar);
            if (input.Draft is not { } draft)
            {
                return Form(caller.Texts, id, input.Values, input.Errors, calendar);
            }

            await store.AddAsync(New(id, draft, caller), ct); // false: a double press stored it already
        }

        return await view.CardAsync(caller, id, ct);
    }

    private CampaignEntity New(string id, CampaignDraft draft, Caller caller) => new()
    {
        RowKey = id,
        WorkYear = draft.Year,
        Title = draft.Title,
        OpensAt = draft.OpensAt,
        EndsAt = draft.EndsAt,
        Questions = CampaignEntity.FormatQuestions(caller.Roster.Groups.Select(g => (g.Code, caller.Roster.MembersOf(g.Code).Select(m => m.Code)))),
        SealedCodeKey = keys.NewSealed(id),
        MinBallots = options.Value.MinBallots,
        CreatedBy = caller.Member.Code,
        CreatedAt = calendar.Now,
    };

    public static AdaptiveCard Form(Texts t, string id, CampaignValues v, IReadOnlyDictionary<string, FieldError> errors, WorkCalendar calendar)
    {
        var body = new List<CardElement> { Parts.Title(t["Mass.Form.Title"]), new TextBlock(t["Mass.Form.Intro"]) { IsSubtle = true, Size = TextSize.Small } };
        Parts.Field(body, t, errors, CampaignForm.Year, new InputChoiceSet
        {
            Label = t["Mass.Field.Year"],
            Style = "compact",
            IsRequired = true,
            ErrorMessage = t["Form.Required"],
            Choices = calendar.OpenYears.Select(y => new Choice(t.Format("Scoring.Year", y), y.ToString(t.Culture))).ToList(),
            Value = CardData.OrNull(v.Year),
        });
        Parts.Field(body, t, errors, CampaignForm.Title, new InputText
        {
            Label = t["Mass.Field.Title"],
            IsRequired = true,
            ErrorMessage = t["Form.Required"],
            MaxLength = CampaignForm.MaxTitle,
            Value = CardData.OrNull(v.Title),
        });
        Parts.Field(body, t, errors, CampaignForm.From, new InputDate
        {
            Label = t["Mass.Field.From"],
            IsRequired = true,
            ErrorMessage = t["Mass.Error.Date"],
            Value = CardData.OrNull(v.From),
        });
        Parts.Field(body, t, errors, CampaignForm.To, new InputDate
        {
            Label = t["Mass.Field.To"],
            IsRequired = true,
            ErrorMessage = t["Mass.Error.Date"],
            Min = WorkCalendar.Iso(calendar.Today),
            Value = CardData.OrNull(v.To),
        });
        body.Add(new TextBlock(t["Mass.Form.Questions"]) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Medium });
        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction(t["Mass.Form.Create"], MassVerbs.Create) { Data = MassNotice.Data(id) },
                new ExecuteAction(t["Report.Cancel"], MassVerbs.Home) { AssociatedInputs = "none" },
            ],
            Speak = t["Mass.Form.Title"],
        };
    }
}
