using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Meetings;

/// <summary>The meeting form: a new meeting, or a new time and place for one already sent (rescheduling).</summary>
public sealed class ComposeMeeting(MeetingStore store, WorkCalendar calendar)
{
    public Task<AdaptiveCard> NewAsync(Turn turn, Caller caller, CancellationToken ct) =>
        Task.FromResult(Card(caller, Guid.NewGuid().ToString("N"), MeetingValues.Empty, new Dictionary<string, FieldError>(), meeting: null));

    public Task<AdaptiveCard> EditAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => MeetingNotice.NotFound(caller.Texts), m =>
            !m.IsManagedBy(caller.Member) ? MeetingNotice.NotOrganiser(caller)
            : m.Status != MeetingState.Open || m.StartsAt <= calendar.Now ? MeetingNotice.Card(caller.Texts, "Meeting.TooLateToChange", m.Id)
            : Card(caller, m.Id, Of(m), new Dictionary<string, FieldError>(), m));

    /// <summary>
    /// The form; for rescheduling (<paramref name="meeting"/> given) only the time, place and reply-by change. A new meeting's
    /// id is made with the form, so pressing Send twice sends one meeting.
    /// </summary>
    public static AdaptiveCard Card(Caller caller, string id, MeetingValues v, IReadOnlyDictionary<string, FieldError> errors, MeetingEntity? meeting)
    {
        var t = caller.Texts;
        var body = new List<CardElement> { Parts.Title(meeting is null ? t["Meeting.Compose.Title"] : t.Format("Meeting.Compose.Reschedule", meeting.Title)) };
        if (errors.Count > 0)
        {
            body.Add(new TextBlock(t["Meeting.Error.Fix"]) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        void Field(string name, CardInput input) => Parts.Field(body, t, errors, name, input);

        if (meeting is null)
        {
            Field(MeetingForm.Kind, new InputChoiceSet
            {
                Label = t["Meeting.Field.Kind"],
                IsRequired = true,
                ErrorMessage = t["Form.Required"],
                Style = "compact",
                Placeholder = t["Report.Placeholder.Choose"],
                Choices = [.. Enum.GetValues<MeetingKind>().Select(k => new Choice(k.Name(t), k.ToString()))],
                Value = CardData.OrNull(v.Kind),
            });
            Field(MeetingForm.Title, new InputText { Label = t["Meeting.Field.Title"], IsRequired = true, ErrorMessage = t["Form.Required"], MaxLength = MeetingForm.MaxTitle, Value = CardData.OrNull(v.Title) });
        }

        Field(MeetingForm.Date, new InputDate { Label = t["Meeting.Field.Date"], IsRequired = true, ErrorMessage = t["Form.Required"], Value = CardData.OrNull(v.Date) });
        Field(MeetingForm.StartTime, new InputTime { Label = t["Meeting.Field.Start"], IsRequired = true, ErrorMessage = t["Form.Required"], Value = CardData.OrNull(v.StartTime) });
        Field(MeetingForm.EndTime, new InputTime { Label = t["Meeting.Field.End"], IsRequired = true, ErrorMessage = t["Form.Required"], Value = CardData.OrNull(v.EndTime) });
        Field(MeetingForm.Place, new InputText { Label = t["Meeting.Field.Place"], IsRequired = true, ErrorMessage = t["Form.Required"], MaxLength = MeetingForm.MaxPlace, Value = CardData.OrNull(v.Place) });
        if (meeting is null)
        {
            Field(MeetingForm.Notes, new InputText { Label = t["Meeting.Field.Notes"], IsMultiline = true, MaxLength = MeetingForm.MaxNotes, Value = CardData.OrNull(v.Notes) });
            Invitees(body, caller, v, errors);
            Field(MeetingForm.Approval, new InputChoiceSet
            {
                Label = t["Meeting.Field.Approval"],
                Style = "compact",
                Choices = [.. Enum.GetValues<LeaveApproval>().Select(a => new Choice(t[$"Meeting.Approval.{a}"], a.ToString()))],
                Value = CardData.OrNull(v.Approval),
            });
        }

        Field(MeetingForm.ReplyByDate, new InputDate { Label = t["Meeting.Field.ReplyByDate"], Value = CardData.OrNull(v.ReplyByDate), Separator = meeting is null });
        Field(MeetingForm.ReplyByTime, new InputTime { Label = t["Meeting.Field.ReplyByTime"], Value = CardData.OrNull(v.ReplyByTime) });

        var action = meeting is null
            ? new ExecuteAction(t["Meeting.Send"], MeetingVerbs.Create) { Data = MeetingNotice.Data(id) }
            : new ExecuteAction(t["Meeting.SaveNewTime"], MeetingVerbs.Reschedule) { Data = MeetingNotice.Data(id) };
        var actions = new List<CardAction> { action };
        if (meeting is not null)
        {
            actions.Add(new ExecuteAction(t["Meeting.Back"], MeetingVerbs.Status) { Data = MeetingNotice.Data(meeting.Id) });
        }

        return new AdaptiveCard(body) { Actions = actions };
    }

    /// <summary>The secretariat picks whom to invite; a leader's activities are for their own group, which the card says.</summary>
    private static void Invitees(List<CardElement> body, Caller caller, MeetingValues v, IReadOnlyDictionary<string, FieldError> errors)
    {
        var t = caller.Texts;
        if (!caller.Has(Roles.Secretariat))
        {
            var group = caller.Group;
            body.Add(new TextBlock(t.Format("Meeting.Compose.ForGroup", group?.Name ?? "—", group is null ? 0 : caller.Roster.MembersOf(group.Code).Count()))
            { Separator = true });
            if (errors.TryGetValue(MeetingForm.Everyone, out var nobody))
            {
                body.Add(Parts.ErrorLine(t, nobody));
            }

            return;
        }

        void Field(string name, CardInput input) => Parts.Field(body, t, errors, name, input);
        Field(MeetingForm.Everyone, new InputToggle { Label = t["Meeting.Field.Invite"], Title = t["Meeting.Field.Everyone"], Value = v.Everyone ? "true" : "false", Separator = true });
        Field(MeetingForm.Groups, new InputChoiceSet
        {
            Label = t["Meeting.Field.Groups"],
            IsMultiSelect = true,
            Style = "compact",
            Placeholder = t["Report.Placeholder.Choose"],
            Choices = [.. caller.Roster.Groups.Select(g => new Choice(g.Name, g.Code))],
            Value = CardData.OrNull(v.Groups),
        });
        Field(MeetingForm.Roles, new InputChoiceSet
        {
            Label = t["Meeting.Field.Roles"],
            IsMultiSelect = true,
            Style = "compact",
            Placeholder = t["Report.Placeholder.Choose"],
            Choices = [.. MeetingForm.InvitableRoles.Select(r => new Choice(t[$"Role.{r}"], RoleNames.Format(r)))],
            Value = CardData.OrNull(v.Roles),
        });
        Field(MeetingForm.People, new InputChoiceSet
        {
            Label = t["Meeting.Field.People"],
            IsMultiSelect = true,
            Style = "filtered",
            Placeholder = t["Meeting.Placeholder.People"],
            Choices = [.. caller.Roster.Members.Select(m => new Choice(m.Name, m.Code))],
            Value = CardData.OrNull(v.People),
        });
    }

    private MeetingValues Of(MeetingEntity m)
    {
        var (start, end) = (calendar.ToLocal(m.StartsAt), calendar.ToLocal(m.EndsAt));
        var replyBy = m.ReplyBy is { } r ? calendar.ToLocal(r) : (DateTime?)null;
        return MeetingValues.Empty with
        {
            Date = WorkCalendar.Iso(DateOnly.FromDateTime(start)),
            StartTime = start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            EndTime = end.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            Place = m.Place,
            ReplyByDate = replyBy is { } rb ? WorkCalendar.Iso(DateOnly.FromDateTime(rb)) : "",
            ReplyByTime = replyBy?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        };
    }
}
