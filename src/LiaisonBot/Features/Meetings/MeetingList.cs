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
        var t = caller.Texts;
        var meetings = await store.RecentAsync(calendar.Now - Recent, ct);
        var body = new List<CardElement> { Parts.Title(t["Meeting.List.Title"]) };
        var mine = meetings.Where(m => m.IsInvited(caller.Member.Code) && m.Status != MeetingState.Cancelled).Take(MaxShown).ToList();
        body.Add(new TextBlock(t["Meeting.List.Invitations"]) { Weight = TextWeight.Bolder, Separator = true });
        if (mine.Count == 0)
        {
            body.Add(new TextBlock(t["Meeting.List.NoInvitations"]) { IsSubtle = true });
        }

        var replies = await Task.WhenAll(mine.Select(m => store.InviteeAsync(m.Id, caller.Member.Code, ct)));
        for (var i = 0; i < mine.Count; i++)
        {
            body.Add(Row(t, mine[i], replies[i] is { } me ? State(t, mine[i], me) : "", MeetingVerbs.View, t["Meeting.Open"]));
        }

        var organiser = caller.Has(Roles.Secretariat) || caller.Has(Roles.Leader);
        if (organiser)
        {
            var managed = meetings.Where(m => m.IsManagedBy(caller.Member) && (caller.Has(Roles.Secretariat) || m.OrganiserCode == caller.Member.Code))
                .Take(MaxShown).ToList();
            body.Add(new TextBlock(t["Meeting.List.Organised"]) { Weight = TextWeight.Bolder, Separator = true });
            if (managed.Count == 0)
            {
                body.Add(new TextBlock(t["Meeting.List.NoneOrganised"]) { IsSubtle = true });
            }

            body.AddRange(managed.Select(m => Row(t, m, t[$"Meeting.State.{m.Status}"], MeetingVerbs.Status, t["Meeting.StatusButton"])));
        }

        return new AdaptiveCard(body) { Actions = organiser ? [new ExecuteAction(t["Meeting.NewButton"], MeetingVerbs.New)] : null };
    }

    private Container Row(Texts t, MeetingEntity m, string state, string verb, string button) => new(
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
