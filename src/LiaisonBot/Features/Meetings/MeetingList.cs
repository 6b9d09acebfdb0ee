using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Meetings;

/// <summary>
/// "会议": a member's invitations, soonest first, with where they stand; organisers also see the meetings they manage and
/// can start a new one.
/// </summary>
public sealed class MeetingList(MeetingStore store, WorkCalendar calendar)
{
    public static readonly CommandInfo Command = new(MeetingVerbs.List, Roles.None);

    /// <summary>Recent meetings stay listed this long after they end, so a member can still see how one ended.</summary>
    private static readonly TimeSpan Recent = TimeSpan.FromDays(14);

    private const int MaxShown = 8;

    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var meetings = await store.RecentAsync(calendar.Now - Recent, ct);
        var mine = meetings.Where(m => m.IsInvited(caller.Member.Code) && m.Status != MeetingState.Cancelled).Take(MaxShown).ToList();
        var replies = await Task.WhenAll(mine.Select(m => store.InviteeAsync(m.Id, caller.Member.Code, ct)));
        var organiser = caller.Has(Roles.Secretariat) || caller.Has(Roles.Leader);
        IReadOnlyList<MeetingEntity>? managed = organiser
            ? [.. meetings.Where(m => caller.Has(Roles.Secretariat) || m.OrganiserCode == caller.Member.Code).Take(MaxShown)]
            : null;
        return Card(caller.Texts, [.. mine.Zip(replies)], managed, organiser ? await ToDecideAsync(caller, meetings, ct) : [], calendar);
    }

    /// <summary>Requests for leave waiting for this caller, so an approver who missed the request's message still finds them.</summary>
    private async Task<List<(MeetingEntity Meeting, InviteeEntity Request)>> ToDecideAsync(Caller caller, List<MeetingEntity> meetings, CancellationToken ct)
    {
        var open = meetings.Where(m => m.Status == MeetingState.Open && m.LeaveApproval != LeaveApproval.None).ToList();
        var invitees = await Task.WhenAll(open.Select(m => store.InviteesAsync(m.Id, ct)));
        return [.. open.Zip(invitees).SelectMany(x => x.Second
            .Where(i => i.MeetingReply == MeetingReply.Leave && i.LeaveState == LeaveState.Pending && LeaveApprovers.MayDecide(x.First, i, caller.Member, caller.Roster))
            .Select(i => (x.First, i)))];
    }

    /// <param name="managed">The meetings the caller organises, or null for a member who organises none.</param>
    /// <param name="toDecide">Requests for leave the caller is to decide.</param>
    public static AdaptiveCard Card(Texts t, IReadOnlyList<(MeetingEntity Meeting, InviteeEntity? Me)> invitations, IReadOnlyList<MeetingEntity>? managed,
        IReadOnlyList<(MeetingEntity Meeting, InviteeEntity Request)> toDecide, WorkCalendar calendar)
    {
        var body = new List<CardElement> { Parts.Title(t["Meeting.List.Title"]) };
        if (toDecide.Count > 0)
        {
            body.Add(new Container([new TextBlock(t.Format("Meeting.List.ToDecide", toDecide.Count)) { Weight = TextWeight.Bolder }]) { Style = ContainerStyle.Warning });
            body.AddRange(toDecide.Take(MaxShown).Select(x => new ColumnSet(
            [
                new Column([new TextBlock($"{x.Request.Name} · {x.Meeting.Title}") { Size = TextSize.Small }]) { Width = "stretch", VerticalContentAlignment = VerticalAlignment.Center },
                new Column([new ActionSet([new ExecuteAction(t["Meeting.Decide"], MeetingVerbs.Request)
                    { Data = new Dictionary<string, string>(MeetingNotice.Data(x.Meeting.Id)) { [MeetingVerbs.Member] = x.Request.MemberCode } }])]) { Width = "auto" },
            ])));
        }

        body.Add(new TextBlock(t["Meeting.List.Invitations"]) { Weight = TextWeight.Bolder, Separator = true });
        if (invitations.Count == 0)
        {
            body.Add(new TextBlock(t["Meeting.List.NoInvitations"]) { IsSubtle = true });
        }

        body.AddRange(invitations.Select(x => Row(t, x.Meeting, x.Me is { } me ? State(t, x.Meeting, me) : "", MeetingVerbs.View, t["Meeting.Open"], calendar)));
        if (managed is not null)
        {
            body.Add(new TextBlock(t["Meeting.List.Organised"]) { Weight = TextWeight.Bolder, Separator = true });
            if (managed.Count == 0)
            {
                body.Add(new TextBlock(t["Meeting.List.NoneOrganised"]) { IsSubtle = true });
            }

            body.AddRange(managed.Select(m => Row(t, m, t[$"Meeting.State.{m.Status}"], MeetingVerbs.Status, t["Meeting.StatusButton"], calendar)));
        }

        return new AdaptiveCard(body) { Actions = managed is not null ? [new ExecuteAction(t["Meeting.NewButton"], MeetingVerbs.New)] : null };
    }

    private static Container Row(Texts t, MeetingEntity m, string state, string verb, string button, WorkCalendar calendar) => new(
    [
        new TextBlock(m.Title) { Weight = TextWeight.Bolder },
        new TextBlock($"{MeetingParts.When(t, m, calendar)} · {m.Place}") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        new TextBlock(state) { Size = TextSize.Small, Spacing = Spacing.None },
        new ActionSet([new ExecuteAction(button, verb) { Data = MeetingNotice.Data(m.Id) }]) { Spacing = Spacing.Small },
    ])
    { Spacing = Spacing.Medium };

    private static string State(Texts t, MeetingEntity m, InviteeEntity me) =>
        m.Status == MeetingState.Closed && me.Outcome is { } o ? t[$"Meeting.Outcome.{o}"]
        : me.IsPresent ? t["Meeting.State.Present"]
        : me.MeetingReply switch
        {
            MeetingReply.Coming => t["Meeting.State.Coming"],
            MeetingReply.Leave => t[$"Meeting.State.Leave.{(m.LeaveApproval == LeaveApproval.None ? LeaveState.Approved : me.LeaveState)}"],
            _ => t["Meeting.State.NoReply"],
        };
}
