using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>A draft or a correction as it will be posted, with the button that posts it.</summary>
public static class GroupReportPreview
{
    /// <summary>The report exactly as the channel will show it, before anything is posted.</summary>
    public static AdaptiveCard Card(Texts t, GroupReportEntity r, Committee roster, WorkCalendar calendar, string? place, bool correcting, string? notice = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock(t[correcting ? "GroupReport.Preview.CorrectTitle" : "GroupReport.Preview.Title"]) { Weight = TextWeight.Bolder, Color = TextColor.Accent },
        };
        if (notice is not null)
        {
            body.Add(new TextBlock(t[notice]) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        body.Add(new Container(GroupReportParts.Summary(t, r, roster, calendar, inChannel: true)) { Separator = true });
        body.Add(GroupReportParts.PlaceLine(t, place) with { Separator = true });
        var ids = new Dictionary<string, string> { [ChannelReportVerbs.Group] = r.GroupCode, [ChannelReportVerbs.Id] = r.Id, [ChannelReportVerbs.ETag] = r.ETag.ToString() };
        return new AdaptiveCard(body)
        {
            Actions =
            [
                correcting
                    ? new ExecuteAction(t["GroupReport.SaveCorrection"], ChannelReportVerbs.Correct) { Data = ids }
                    : new ExecuteAction(t["GroupReport.Publish"], ChannelReportVerbs.Publish) { Data = ids },
                new ExecuteAction(t["GroupReport.Edit"], ChannelReportVerbs.Edit) { Data = ids },
            ],
        };
    }
}
