using System.Globalization;
using System.Text.Json;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>Reads and checks the compose card; the result is a notice to preview, or a message per field.</summary>
public static class BroadcastForm
{
    public const string Title = "title";
    public const string Body = "body";
    public const string LinkUrl = "linkUrl";
    public const string LinkTitle = "linkTitle";
    public const string Urgent = "urgent";
    public const string Everyone = "everyone";
    public const string Groups = "groups";
    public const string Roles = "roles";
    public const string AskAck = "ack";
    public const string SendDate = "sendDate";
    public const string SendTime = "sendTime";

    public const int MaxTitle = 100;
    public const int MaxBody = 4000;
    public const int MaxLinkTitle = 40;
    public const int MaxUrl = 500;

    /// <summary>The roles a notice can be addressed to, in the order the card lists them.</summary>
    public static readonly Roles[] AddressableRoles = [App.Roles.Leader, App.Roles.StandingCommittee, App.Roles.Secretariat];

    public static FormInput<BroadcastValues, BroadcastDraft> Read(JsonElement? data, Committee roster, WorkCalendar calendar)
    {
        var v = new BroadcastValues(
            CardData.Text(data, Title, MaxTitle + 100), CardData.Text(data, Body, MaxBody + 200, multiline: true),
            CardData.Text(data, LinkUrl, MaxUrl + 50), CardData.Text(data, LinkTitle, MaxLinkTitle + 50),
            CardData.Text(data, Urgent, 10) == "true", CardData.Text(data, Everyone, 10) == "true",
            CardData.Text(data, Groups, 2000), CardData.Text(data, Roles, 500), CardData.Text(data, AskAck, 10) == "true",
            CardData.Text(data, SendDate, 20), CardData.Text(data, SendTime, 20));
        var errors = new Dictionary<string, FieldError>();
        errors.CheckLength(Title, v.Title, MaxTitle, required: true);
        errors.CheckLength(Body, v.Body, MaxBody, required: true);
        errors.CheckLength(LinkTitle, v.LinkTitle, MaxLinkTitle, required: false);
        if (v.LinkUrl.Length > 0 && (v.LinkUrl.Length > MaxUrl || !Uri.TryCreate(v.LinkUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps))
        {
            errors[LinkUrl] = new("Broadcast.Error.Url");
        }

        var groups = CardData.List(v.Groups).Where(g => roster.Group(g) is not null).Select(g => roster.Group(g)!.Code).Distinct().ToList();
        var roles = CardData.List(v.Roles).Select(RoleNames.Parse).OfType<Roles>().Where(AddressableRoles.Contains)
            .Aggregate(App.Roles.None, (all, r) => all | r);
        var audience = new Audience(v.Everyone, groups, roles);
        if (audience.IsEmpty)
        {
            errors[Everyone] = new("Broadcast.Error.Audience");
        }
        else if (audience.Of(roster).Count == 0)
        {
            errors[Everyone] = new("Broadcast.Error.Nobody");
        }

        DateTimeOffset? sendAt = null;
        if (v.SendDate.Length > 0 || v.SendTime.Length > 0)
        {
            if (CardData.Date(v.SendDate) is { } date &&
                TimeOnly.TryParseExact(v.SendTime.Length == 0 ? "08:00" : v.SendTime, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) &&
                calendar.ToUtc(date, time) > calendar.Now)
            {
                sendAt = calendar.ToUtc(date, time);
            }
            else
            {
                errors[SendDate] = new("Broadcast.Error.Date");
            }
        }

        return FormInput<BroadcastValues, BroadcastDraft>.Checked(v, errors, () => new BroadcastDraft(v.Title, v.Body, CardData.OrNull(v.LinkUrl),
            CardData.OrNull(v.LinkTitle), v.Urgent, v.AskAck, audience, sendAt));
    }
}
