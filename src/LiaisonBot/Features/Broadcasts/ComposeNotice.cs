using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>Writing a notice: a new one, a draft again, or the words of one that went out.</summary>
public sealed class ComposeNotice(BroadcastStore store, WorkCalendar calendar)
{
    public static readonly CommandInfo Command = new(BroadcastVerbs.Compose, Roles.Secretariat);

    public Task<AdaptiveCard> NewAsync(Turn turn, Caller caller, CancellationToken ct) =>
        Task.FromResult(Card(caller.Texts, Guid.NewGuid().ToString("N"), BroadcastValues.Empty,
            new Dictionary<string, FieldError>(), caller.Roster, editingSent: false));

    public Task<AdaptiveCard> EditAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => BroadcastNotice.NotFound(caller.Texts), b => b.Status is BroadcastState.Draft || b.IsOut
            ? Card(caller.Texts, b.Id, BroadcastValues.Of(b, calendar), new Dictionary<string, FieldError>(), caller.Roster, b.IsOut)
            : BroadcastNotice.Card(caller.Texts, "Broadcast.AlreadySent"));

    /// <summary>The compose card; when editing a sent notice, only its text can change, not whom it went to.</summary>
    public static AdaptiveCard Card(Texts t, string id, BroadcastValues v, IReadOnlyDictionary<string, FieldError> errors,
        Committee roster, bool editingSent)
    {
        var body = new List<CardElement> { Parts.Title(t[editingSent ? "Broadcast.Compose.EditTitle" : "Broadcast.Compose.Title"]) };
        if (errors.Count > 0)
        {
            body.Add(new TextBlock(t["Broadcast.Error.Fix"]) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        void Field(string name, CardInput input) => Parts.Field(body, t, errors, name, input);

        Field(BroadcastForm.Title, new InputText { Label = t["Broadcast.Field.Title"], IsRequired = true, ErrorMessage = t["Form.Required"], MaxLength = BroadcastForm.MaxTitle, Value = CardData.OrNull(v.Title) });
        Field(BroadcastForm.Body, new InputText { Label = t["Broadcast.Field.Body"], IsRequired = true, ErrorMessage = t["Form.Required"], IsMultiline = true, MaxLength = BroadcastForm.MaxBody, Value = CardData.OrNull(v.Body) });
        Field(BroadcastForm.LinkUrl, new InputText { Label = t["Broadcast.Field.LinkUrl"], MaxLength = BroadcastForm.MaxUrl, Value = CardData.OrNull(v.LinkUrl) });
        Field(BroadcastForm.LinkTitle, new InputText { Label = t["Broadcast.Field.LinkTitle"], MaxLength = BroadcastForm.MaxLinkTitle, Value = CardData.OrNull(v.LinkTitle) });
        Field(BroadcastForm.Urgent, new InputToggle { Label = t["Broadcast.Field.UrgentLabel"], Title = t["Broadcast.Field.Urgent"], Value = v.Urgent ? "true" : "false" });
        Field(BroadcastForm.AskAck, new InputToggle { Label = t["Broadcast.Field.AckLabel"], Title = t["Broadcast.Field.Ack"], Value = v.AskAck ? "true" : "false" });
        if (!editingSent)
        {
            Field(BroadcastForm.Everyone, new InputToggle { Label = t["Broadcast.Field.EveryoneLabel"], Title = t["Broadcast.Field.Everyone"], Value = v.Everyone ? "true" : "false", Separator = true });
            Field(BroadcastForm.Groups, new InputChoiceSet
            {
                Label = t["Broadcast.Field.Groups"],
                IsMultiSelect = true,
                Style = "compact",
                Placeholder = t["Report.Placeholder.Choose"],
                Choices = roster.Groups.Select(g => new Choice(g.Name, g.Code)).ToList(),
                Value = CardData.OrNull(v.Groups),
            });
            Field(BroadcastForm.Roles, new InputChoiceSet
            {
                Label = t["Broadcast.Field.Roles"],
                IsMultiSelect = true,
                Style = "compact",
                Placeholder = t["Report.Placeholder.Choose"],
                Choices = BroadcastForm.AddressableRoles.Select(r => new Choice(t[$"Role.{r}"], RoleNames.Format(r))).ToList(),
                Value = CardData.OrNull(v.Roles),
            });
            Field(BroadcastForm.SendDate, new InputDate { Label = t["Broadcast.Field.SendDate"], Value = CardData.OrNull(v.SendDate), Separator = true });
            Field(BroadcastForm.SendTime, new InputTime { Label = t["Broadcast.Field.SendTime"], Value = CardData.OrNull(v.SendTime) });
        }

        var data = new Dictionary<string, string> { [BroadcastVerbs.Id] = id };
        if (editingSent)
        {
            data[BroadcastVerbs.Editing] = "true";
        }

        return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["Broadcast.Preview"], BroadcastVerbs.Preview) { Data = data }] };
    }
}
