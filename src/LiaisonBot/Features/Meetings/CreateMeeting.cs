using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Meetings.SignIn;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Meetings;

/// <summary>
/// Sends a meeting: checks the form (the same card back with the errors beside the fields), stores the meeting with its
/// invitees, and queues the invitations; answers with the organiser's card, which then follows the replies.
/// </summary>
public sealed class CreateMeeting(MeetingStore store, Invitations invitations, MeetingStatus status, WorkCalendar calendar, PublicAddress address)
{
    public async Task<AdaptiveCard> CreateAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (turn.ActionId(MeetingVerbs.Id) is not { } id)
        {
            return MeetingNotice.NotFound(caller.Texts);
        }

        if (await store.FindAsync(id, ct) is { } existing)
        {
            // A second press, or a retry after a failure between storing and queueing: the same job id queues nothing twice.
            await invitations.SendAsync(existing, ct);
            return existing.IsManagedBy(caller.Member) ? await status.CardAsync(caller.Texts, existing, ct) : MeetingNotice.NotOrganiser(caller);
        }

        var form = MeetingForm.Read(turn.ActionData, caller, calendar, rescheduling: false);
        if (form.Draft is not { } d)
        {
            return ComposeMeeting.Card(caller, id, form.Values, form.Errors, meeting: null);
        }

        var invited = d.Invited.Of(caller.Roster);
        var meeting = new MeetingEntity
        {
            RowKey = id,
            Kind = d.Kind.ToString(),
            Title = d.Title,
            StartsAt = d.StartsAt,
            EndsAt = d.EndsAt,
            Place = d.Place,
            Notes = d.Notes,
            ReplyBy = d.ReplyBy,
            Approval = d.Approval.ToString(),
            Everyone = d.Invited.Everyone,
            Groups = d.Invited.Groups.Count > 0 ? string.Join(';', d.Invited.Groups) : null,
            Roles = d.Invited.Roles == Roles.None ? null : RoleNames.Format(d.Invited.Roles),
            People = d.Invited.People is { Count: > 0 } people ? string.Join(';', people) : null,
            Invitees = string.Join(';', invited.Select(m => m.Code)),
            OrganiserCode = caller.Member.Code,
            OrganiserName = caller.Member.Name,
            OrganiserGroup = caller.Has(Roles.Secretariat) ? null : caller.Member.GroupCode,
            CreatedAt = calendar.Now,
            SignInSecret = SignInCodes.NewSecret(),
            ScreenKey = SignInCodes.NewScreenKey(),
            LinkBase = address.Base,
        };
        MeetingStatus.KeepCardOf(turn, meeting);
        await store.AddAsync(meeting, [.. invited.Select(m => new InviteeEntity
        {
            PartitionKey = id,
            RowKey = Storage.Keys.Escape(m.Code),
            Code = m.Code,
            Name = m.Name,
            GroupCode = m.GroupCode,
        })], ct);
        await invitations.SendAsync(meeting, ct);
        return await status.CardAsync(caller.Texts, meeting, ct);
    }
}
