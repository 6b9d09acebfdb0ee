using System.Globalization;
using LiaisonBot.Calendar;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>The compose card's fields as strings, exactly as they will be shown again.</summary>
public sealed record BroadcastValues(string Title, string Body, string LinkUrl, string LinkTitle, bool Urgent, bool Everyone,
    string Groups, string Roles, bool AskAck, string SendDate, string SendTime)
{
    public static BroadcastValues Empty { get; } = new("", "", "", "", false, false, "", "", true, "", "");

    /// <summary>A stored notice as the compose card shows it, the send time in local time.</summary>
    public static BroadcastValues Of(BroadcastEntity b, WorkCalendar calendar)
    {
        var local = b.SendAt is { } at ? calendar.ToLocal(at) : (DateTime?)null;
        return new BroadcastValues(b.Title, b.Body, b.LinkUrl ?? "", b.LinkTitle ?? "", b.Urgent, b.Everyone, (b.Groups ?? "").Replace(';', ','),
            b.Roles?.Replace(';', ',') ?? "", b.AskAck, local?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            local?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "");
    }
}
