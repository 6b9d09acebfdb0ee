using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Meetings.SignIn;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Meetings;

/// <summary>
/// The organiser's card: replies as they come (coming, leave asked, approved, refused, no reply), sign-ins, delivery of
/// the invitations, and what the organiser can do next.
/// </summary>
public sealed class MeetingStatus(MeetingStore store, Outbox.Outbox outbox, WorkCalendar calendar)
{
    public Task<AdaptiveCard> ShowAsync(Turn turn, App.Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => MeetingNotice.NotFound(caller.Texts), async m =>
            m.IsManagedBy(caller.Member) ? await CardAsync(caller.Texts, m, ct) : MeetingNotice.NotOrganiser(caller));

    public async Task<AdaptiveCard> CardAsync(Texts t, MeetingEntity m, CancellationToken ct)
    {
        var invitees = await store.InviteesAsync(m.Id, ct);
        var sent = await outbox.ProgressAsync(m.InviteJobId, ct);
        return Card(t, m, invitees, sent, calendar);
    }

    public static AdaptiveCard Card(Texts t, MeetingEntity m, IReadOnlyList<InviteeEntity> invitees, OutboxProgress sent, WorkCalendar calendar)
    {
        var body = new List<CardElement>(MeetingParts.Heading(t, m, calendar));
        var tally = Tally.Of(invitees, m.LeaveApproval);
        body.Add(new ColumnSet(
        [
            Parts.Figure(t["Meeting.Figure.Invited"], invitees.Count, null),
            Parts.Figure(t["Meeting.Figure.Coming"], tally.Coming, TextColor.Good),
            Parts.Figure(t["Meeting.Figure.NoReply"], tally.NoReply, null),
        ])
        { Separator = true });
        body.Add(new ColumnSet(
        [
            Parts.Figure(t["Meeting.Figure.LeavePending"], tally.LeavePending, TextColor.Accent),
            Parts.Figure(t["Meeting.Figure.LeaveApproved"], tally.LeaveApproved, null),
            Parts.Figure(t["Meeting.Figure.LeaveRefused"], tally.LeaveRefused, TextColor.Attention),
        ]));
        body.Add(new TextBlock(t.Format("Meeting.Status.SignedIn", tally.SignedIn, invitees.Count)) { Weight = TextWeight.Bolder });
        var unreachable = invitees.Count - sent.Total;
        body.Add(new TextBlock(t.Format("Meeting.Status.Delivery", sent.Delivered, invitees.Count) +
            (unreachable > 0 ? " " + t.Plural("Meeting.Status.NotInstalled", unreachable) : ""))
        { IsSubtle = true, Size = TextSize.Small });

        var data = MeetingNotice.Data(m.Id);
        var buttons = new List<CardAction>();
        if (m.Status == MeetingState.Open)
        {
            buttons.Add(new OpenUrlAction(t["Meeting.Screen"], ScreenUrl(m, t)));
        }

        buttons.Add(new ExecuteAction(t["Meeting.SheetButton"], MeetingVerbs.Sheet) { Data = data });
        if (m.Status == MeetingState.Open)
        {
            if (calendar.Now < m.StartsAt)
            {
                buttons.Add(new ExecuteAction(t["Meeting.EditButton"], MeetingVerbs.Edit) { Data = data });
                buttons.Add(new ExecuteAction(t["Meeting.CancelButton"], MeetingVerbs.Cancel) { Data = data });
            }
            else
            {
                buttons.Add(new ExecuteAction(t["Meeting.CloseButton"], MeetingVerbs.Close) { Data = data });
            }
        }

        body.AddRange(Parts.ButtonRows(buttons));
        return new AdaptiveCard(body)
        {
            Refresh = new CardRefresh(new ExecuteAction(t["Meeting.Refresh"], MeetingVerbs.Status) { Data = data }),
            Speak = m.Title,
        };
    }

    /// <summary>The sign-in screen the organiser projects: its key in the link is its only permission.</summary>
    public static string ScreenUrl(MeetingEntity m, Texts t) =>
        $"{m.LinkBase}{SignInScreen.PathOf(m)}&lang={t.Culture.Name}";

    /// <summary>Remembers the organiser's card that pressed Send, so replies can refresh it in place, and where links point.</summary>
    public static void KeepCardOf(Turn turn, MeetingEntity m)
    {
        if (turn.PressedCard is { } card)
        {
            (m.StatusServiceUrl, m.StatusConversationId, m.StatusActivityId, m.StatusLocale) = card;
        }
    }
}

/// <summary>The replies of a meeting counted: each invitee in exactly one reply figure, sign-ins apart.</summary>
public sealed record Tally(int Coming, int LeavePending, int LeaveApproved, int LeaveRefused, int NoReply, int SignedIn)
{
    public static Tally Of(IReadOnlyList<InviteeEntity> invitees, LeaveApproval approval)
    {
        int Leave(LeaveState s) => invitees.Count(i => i.MeetingReply == MeetingReply.Leave &&
            (approval == LeaveApproval.None ? LeaveState.Approved : i.LeaveState) == s);
        return new(invitees.Count(i => i.MeetingReply == MeetingReply.Coming), Leave(LeaveState.Pending), Leave(LeaveState.Approved),
            Leave(LeaveState.Refused), invitees.Count(i => i.MeetingReply == MeetingReply.None), invitees.Count(i => i.IsPresent));
    }
}
