using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using LiaisonBot.Features.Meetings.SignIn;

namespace LiaisonBot.Features.Meetings;

/// <summary>
/// The attendance sheet (签到表) for the organiser and the secretariat: every invitee under where they stand, with a form to
/// mark present by hand those who cannot sign in themselves. Names run as one line per state, so a plenary of the whole
/// committee still fits a card.
/// </summary>
public sealed class AttendanceSheet(MeetingStore store, WorkCalendar calendar, SignInWindow window)
{
    public Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => MeetingNotice.NotFound(caller.Texts), async m =>
            m.IsManagedBy(caller.Member) ? await CardAsync(caller.Texts, m, null, ct) : MeetingNotice.NotOrganiser(caller));

    public async Task<AdaptiveCard> CardAsync(Texts t, MeetingEntity m, IReadOnlyDictionary<string, FieldError>? errors, CancellationToken ct,
        string? typedNote = null, string? done = null) =>
        Card(t, m, await store.InviteesAsync(m.Id, ct), calendar.Now >= window.Opens(m), errors, typedNote, done);

    public static AdaptiveCard Card(Texts t, MeetingEntity m, IReadOnlyList<InviteeEntity> invitees, bool signInOpened,
        IReadOnlyDictionary<string, FieldError>? errors = null, string? typedNote = null, string? done = null)
    {
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("Meeting.Sheet.Title", m.Title)),
            new TextBlock($"{m.MeetingKind.Name(t)} · {m.Place}") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        };
        if (done is not null)
        {
            body.Add(new TextBlock(done) { Color = TextColor.Good, Weight = TextWeight.Bolder });
        }

        var closed = m.Status == MeetingState.Closed;
        var outcomes = invitees.ToLookup(i => i.Outcome is { } o2 && closed ? Enum.Parse<AttendanceOutcome>(o2) : i.OutcomeNow(m.LeaveApproval));
        body.Add(new ColumnSet(
        [
            Parts.Figure(t["Meeting.Outcome.Present.Short"], outcomes[AttendanceOutcome.Present].Count(), TextColor.Good),
            Parts.Figure(t["Meeting.Outcome.Excused.Short"], outcomes[AttendanceOutcome.Excused].Count(), null),
            Parts.Figure(t[closed ? "Meeting.Outcome.Absent.Short" : "Meeting.Sheet.NotYet"], outcomes[AttendanceOutcome.Absent].Count(), closed ? TextColor.Attention : null),
        ])
        { Separator = true });

        var sep = t["List.Separator"];
        void Section(string key, IEnumerable<InviteeEntity> who, Func<InviteeEntity, string>? name = null)
        {
            var list = who.ToList();
            if (list.Count > 0)
            {
                body.Add(new TextBlock(t.Format(key, list.Count)) { Weight = TextWeight.Bolder, Size = TextSize.Small, Spacing = Spacing.Medium });
                body.Add(new TextBlock(string.Join(sep, list.Select(name ?? (i => i.Name)))) { Size = TextSize.Small, Spacing = Spacing.None });
            }
        }

        string Marked(InviteeEntity i) => i.MarkedBy is null ? i.Name : $"{i.Name}*";
        Section("Meeting.Sheet.Present", outcomes[AttendanceOutcome.Present], Marked);
        Section("Meeting.Sheet.Excused", outcomes[AttendanceOutcome.Excused]);
        var absent = outcomes[AttendanceOutcome.Absent].ToList();
        if (closed)
        {
            Section("Meeting.Sheet.Absent", absent);
        }
        else
        {
            Section("Meeting.Sheet.LeavePending", absent.Where(i => i.MeetingReply == MeetingReply.Leave && i.LeaveState == LeaveState.Pending));
            Section("Meeting.Sheet.LeaveRefused", absent.Where(i => i.MeetingReply == MeetingReply.Leave && i.LeaveState == LeaveState.Refused));
            Section("Meeting.Sheet.Coming", absent.Where(i => i.MeetingReply == MeetingReply.Coming));
            Section("Meeting.Sheet.NoReply", absent.Where(i => i.MeetingReply == MeetingReply.None));
        }

        if (invitees.Any(i => i.MarkedBy is not null))
        {
            body.Add(new TextBlock(t["Meeting.Sheet.MarkedNote"]) { IsSubtle = true, Size = TextSize.Small });
        }

        var data = MeetingNotice.Data(m.Id);
        var actions = new List<CardAction>();
        if (m.Status == MeetingState.Open && signInOpened)
        {
            MarkForm(body, t, absent.Concat(outcomes[AttendanceOutcome.Excused]).OrderBy(i => i.RowKey, StringComparer.Ordinal),
                errors ?? new Dictionary<string, FieldError>(), typedNote);
            actions.Add(new ExecuteAction(t["Meeting.Mark"], MeetingVerbs.Mark) { Data = data });
        }

        actions.Add(new ExecuteAction(t["Meeting.ExportButton"], MeetingVerbs.Export) { Data = data, AssociatedInputs = "none" });
        actions.Add(new ExecuteAction(t["Meeting.Back"], MeetingVerbs.Status) { Data = data, AssociatedInputs = "none" });
        return new AdaptiveCard(body) { Actions = actions };
    }

    private static void MarkForm(List<CardElement> body, Texts t, IEnumerable<InviteeEntity> notPresent, IReadOnlyDictionary<string, FieldError> errors, string? typedNote)
    {
        Parts.Field(body, t, errors, MeetingVerbs.Marked, new InputChoiceSet
        {
            Label = t["Meeting.Field.Mark"],
            IsMultiSelect = true,
            Style = "filtered",
            Placeholder = t["Meeting.Placeholder.People"],
            Choices = [.. notPresent.Select(i => new Choice(i.Name, i.MemberCode))],
            Separator = true,
        });
        Parts.Field(body, t, errors, MeetingVerbs.Note, new InputText { Label = t["Meeting.Field.MarkNote"], MaxLength = MeetingLimits.MaxNote, Value = typedNote });
    }
}
