using System.Globalization;
using System.Text.Json;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;

namespace LiaisonBot.Features.Meetings;

/// <summary>Reads and checks the meeting form; the result is a meeting to send, or a message per field.</summary>
public static class MeetingForm
{
    public const string Kind = "kind";
    public const string Title = "title";
    public const string Date = "date";
    public const string StartTime = "start";
    public const string EndTime = "end";
    public const string Place = "place";
    public const string Notes = "notes";
    public const string Everyone = "everyone";
    public const string Groups = "groups";
    public const string Roles = "roles";
    public const string People = "people";
    public const string Approval = "approval";
    public const string ReplyByDate = "replyByDate";
    public const string ReplyByTime = "replyByTime";

    public const int MaxTitle = 100;
    public const int MaxPlace = 100;
    public const int MaxNotes = 2000;

    /// <summary>The roles a meeting can invite, in the order the card lists them.</summary>
    public static readonly App.Roles[] InvitableRoles = [App.Roles.Leader, App.Roles.StandingCommittee, App.Roles.Secretariat];

    /// <summary>
    /// Reads the form. A leader organises their own group's activities, so for them the invitees are their group whatever
    /// the card sent; the secretariat invites anyone.
    /// </summary>
    public static FormInput<MeetingValues, MeetingDraft> Read(JsonElement? data, Caller organiser, WorkCalendar calendar, bool rescheduling)
    {
        var v = new MeetingValues(
            CardData.Text(data, Kind, 40), CardData.Text(data, Title, MaxTitle + 100), CardData.Text(data, Date, 20),
            CardData.Text(data, StartTime, 20), CardData.Text(data, EndTime, 20), CardData.Text(data, Place, MaxPlace + 100),
            CardData.Text(data, Notes, MaxNotes + 200, multiline: true), CardData.Text(data, Everyone, 10) == "true",
            CardData.Text(data, Groups, 2000), CardData.Text(data, Roles, 500), CardData.Text(data, People, 4000),
            CardData.Text(data, Approval, 40), CardData.Text(data, ReplyByDate, 20), CardData.Text(data, ReplyByTime, 20));
        var errors = new Dictionary<string, FieldError>();
        var kind = MeetingKinds.Parse(v.Kind);
        if (!rescheduling)
        {
            if (kind is null)
            {
                errors[Kind] = new("Meeting.Error.Kind");
            }

            errors.CheckLength(Title, v.Title, MaxTitle, required: true);
        }

        errors.CheckLength(Place, v.Place, MaxPlace, required: true);
        errors.CheckLength(Notes, v.Notes, MaxNotes, required: false);

        var (startsAt, endsAt) = (default(DateTimeOffset), default(DateTimeOffset));
        if (CardData.Date(v.Date) is not { } day)
        {
            errors[Date] = new("Meeting.Error.Date");
        }
        else if (Time(v.StartTime) is not { } start || Time(v.EndTime) is not { } end)
        {
            errors[StartTime] = new("Meeting.Error.Time");
        }
        else if (end <= start)
        {
            errors[EndTime] = new("Meeting.Error.EndBeforeStart");
        }
        else if ((startsAt = calendar.ToUtc(day, start)) <= calendar.Now)
        {
            errors[Date] = new("Meeting.Error.Past");
        }
        else
        {
            endsAt = calendar.ToUtc(day, end);
        }

        DateTimeOffset? replyBy = null;
        if (v.ReplyByDate.Length > 0)
        {
            if (CardData.Date(v.ReplyByDate) is { } replyDay && Time(v.ReplyByTime.Length == 0 ? "18:00" : v.ReplyByTime) is { } replyTime &&
                calendar.ToUtc(replyDay, replyTime) is var at && at > calendar.Now && (startsAt == default || at <= startsAt))
            {
                replyBy = at;
            }
            else
            {
                errors[ReplyByDate] = new("Meeting.Error.ReplyBy");
            }
        }

        var approval = Enum.TryParse<LeaveApproval>(v.Approval, ignoreCase: true, out var a) && Enum.IsDefined(a) && !int.TryParse(v.Approval, out _)
            ? a
            : (LeaveApproval?)null;
        if (approval is null && !rescheduling)
        {
            errors[Approval] = new("Meeting.Error.Approval");
        }

        var invited = Invited(v, organiser);
        if (!rescheduling && invited.Of(organiser.Roster).Count == 0)
        {
            errors[Everyone] = new("Meeting.Error.Nobody");
        }

        return FormInput<MeetingValues, MeetingDraft>.Checked(v, errors, () => new MeetingDraft(kind ?? MeetingKind.Other, v.Title, startsAt, endsAt,
            v.Place, CardData.OrNull(v.Notes), invited, approval ?? LeaveApproval.None, replyBy));
    }

    private static Audience Invited(MeetingValues v, Caller organiser)
    {
        if (!organiser.Has(App.Roles.Secretariat))
        {
            return new(false, organiser.Member.GroupCode is { } own ? [own] : [], App.Roles.None);
        }

        var roster = organiser.Roster;
        var groups = CardData.List(v.Groups).Select(roster.Group).OfType<Group>().Select(g => g.Code).Distinct().ToList();
        var roles = CardData.List(v.Roles).Select(RoleNames.Parse).OfType<App.Roles>().Where(InvitableRoles.Contains)
            .Aggregate(App.Roles.None, (all, r) => all | r);
        var people = CardData.List(v.People).Select(roster.ByCode).OfType<Member>().Select(m => m.Code).Distinct().ToList();
        return new(v.Everyone, groups, roles, people);
    }

    private static TimeOnly? Time(string value) =>
        TimeOnly.TryParseExact(value, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}
