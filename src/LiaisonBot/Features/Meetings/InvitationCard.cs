using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Meetings.SignIn;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Meetings;

/// <summary>
/// What an invitee sees: the meeting, their own reply, and what they can do now (reply until the start, sign in during the
/// window). The card that goes out is the same for all; its refresh shows each reader their own state.
/// </summary>
public static class InvitationCard
{
    public static AdaptiveCard Card(Texts t, MeetingEntity m, InviteeEntity? me, WorkCalendar calendar, SignInWindow window,
        string? banner = null, IReadOnlyDictionary<string, FieldError>? errors = null, string? typedReason = null)
    {
        errors ??= new Dictionary<string, FieldError>();
        var now = calendar.Now;
        var body = new List<CardElement>(MeetingParts.Heading(t, m, calendar));
        if (banner is not null)
        {
            body.Insert(0, new Container([new TextBlock(banner) { Weight = TextWeight.Bolder }]) { Style = ContainerStyle.Warning });
        }

        if (me is not null)
        {
            body.Add(MeetingParts.MyState(t, m, me, calendar));
        }

        var actions = new List<CardAction>();
        var data = MeetingNotice.Data(m.Id);
        if (m.Status == MeetingState.Open && now < m.StartsAt && me is not { IsPresent: true }) // one signed in has nothing left to answer
        {
            if (me?.MeetingReply != MeetingReply.Coming)
            {
                actions.Add(new ExecuteAction(t["Meeting.Reply.Coming"], MeetingVerbs.Coming) { Data = data, AssociatedInputs = "none" });
            }

            if (me is not { MeetingReply: MeetingReply.Leave } || me.LeaveState == LeaveState.Refused)
            {
                Parts.Field(body, t, errors, MeetingVerbs.Reason, new InputText
                {
                    Label = t["Meeting.Field.LeaveReason"],
                    Placeholder = t["Meeting.Placeholder.LeaveReason"],
                    MaxLength = MeetingLimits.MaxReason,
                    Value = typedReason,
                    Separator = true,
                });
                actions.Add(new ExecuteAction(t["Meeting.Reply.Leave"], MeetingVerbs.Leave) { Data = data });
            }
        }

        if (window.IsOpen(m, now) && me is not { IsPresent: true })
        {
            Parts.Field(body, t, errors, MeetingVerbs.Code, new InputText { Label = t["Meeting.Field.Code"], Placeholder = "123 456", MaxLength = 12, Separator = true });
            actions.Insert(0, new ExecuteAction(t["Meeting.SignIn"], MeetingVerbs.SignIn) { Data = data });
        }

        return new AdaptiveCard(body)
        {
            Actions = actions.Count > 0 ? actions : null,
            Refresh = new CardRefresh(new ExecuteAction(t["Meeting.Refresh"], MeetingVerbs.View) { Data = data }),
            Speak = m.Title,
        };
    }

    /// <summary>One card per language for the outbox; each reader's refresh then shows their own reply.</summary>
    public static Dictionary<string, Protocol.Activity> PerLanguage(MeetingEntity m, WorkCalendar calendar, SignInWindow window, string? bannerKey = null) =>
        CardAttachment.PerLanguage(t => Card(t, m, null, calendar, window, bannerKey is null ? null : t[bannerKey]));
}
