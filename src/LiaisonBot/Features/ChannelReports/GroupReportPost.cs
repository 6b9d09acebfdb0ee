using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>
/// The report as people read it: a summary card (what the channel gets, and the secretariat's copy) whose sections are
/// clipped, with the whole text a button away, a page at a time.
/// </summary>
public static class GroupReportPost
{
    /// <summary>The card posted in the group's channel as a new thread.</summary>
    public static AdaptiveCard Card(Texts t, GroupReportEntity r, Committee roster, WorkCalendar calendar) =>
        new(GroupReportParts.Summary(t, r, roster, calendar, inChannel: true)) { Actions = [GroupReportParts.FullButton(t, r)], Speak = GroupReportParts.Headline(t, r, roster) };

    /// <summary>The secretariat's copy: the channel card, saying where it was posted.</summary>
    public static AdaptiveCard Copy(Texts t, GroupReportEntity r, Committee roster, WorkCalendar calendar, string place)
    {
        var body = new List<CardElement>
        {
            new TextBlock(t.Format(r.Edits > 0 ? "GroupReport.Copy.Corrected" : "GroupReport.Copy.Posted", GroupReportParts.GroupName(r, roster), place))
                { IsSubtle = true, Size = TextSize.Small },
        };
        body.AddRange(GroupReportParts.Summary(t, r, roster, calendar, inChannel: false));
        return new AdaptiveCard(body) { Actions = [GroupReportParts.FullButton(t, r)], Speak = GroupReportParts.Headline(t, r, roster) };
    }
}
