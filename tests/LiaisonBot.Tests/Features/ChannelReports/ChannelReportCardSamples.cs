using System.Text.Json;
using LiaisonBot.Cards;
using LiaisonBot.Features.ChannelReports;
using LiaisonBot.Features.ChannelReports.Links;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Cards;
using LiaisonBot.Tests.Infrastructure;
using static LiaisonBot.Tests.Features.ChannelReports.ChannelReportSamples;

namespace LiaisonBot.Tests.Features.ChannelReports;

public sealed class ChannelReportCardSamples : ICardSamples
{
    public IEnumerable<(string Name, AdaptiveCard Card)> Samples(Texts t)
    {
        var roster = SampleRoster.Roster;
        var group = roster.Group("T01")!;
        var link = Link();
        var place = ChannelPlace.Of(t, link);
        var noErrors = new Dictionary<string, FieldError>();

        yield return ("link-howto", LinkChannel.HowToLink(t, null));
        yield return ("link-howto-group", LinkChannel.HowToLink(t, group));
        yield return ("link-linked-moved", LinkChannel.Linked(t, group, link, link));
        yield return ("link-taken", LinkChannel.Taken(t, "河口镇联络组"));
        yield return ("link-hint", ChannelEvents.Hint(t));
        var manyLinks = roster.Groups.Select(g => Link(g.Code)).ToList();
        yield return ("link-channels-all", GroupChannels.Card(t, roster, manyLinks, WorkCalendar, t.Format("ChannelLink.Unlink.Done", group.Name)));
        yield return ("link-channels-none", GroupChannels.Card(t, roster, [], WorkCalendar, null));
        yield return ("link-confirm-unlink", UnlinkChannel.Confirmation(t, group, link));
        foreach (var reason in Enum.GetValues<UnlinkReason>())
        {
            yield return ($"link-unlinked-{reason}", UnlinkChannel.Told(t, group, new ChannelLinkEntity { RowKey = "T01", TeamId = "x", ChannelId = "y" }, reason));
        }

        var oversize = GroupReportForm.Read(JsonSerializer.SerializeToElement(OversizeForm()), WorkCalendar);
        var longest = GroupReportForm.Read(JsonSerializer.SerializeToElement(LongForm()), WorkCalendar);
        Assert.Empty(longest.Errors);
        var longValues = longest.Values;
        var errors = oversize.Errors;
        yield return ("compose-leader", ComposeGroupReport.Card(t, new ComposeState("a", group, null, false, GroupReportValues.Empty, noErrors, place), roster));
        yield return ("compose-secretariat", ComposeGroupReport.Card(t, new ComposeState("a", null, null, false, GroupReportValues.Empty, noErrors, null), roster));
        yield return ("compose-errors-longest", ComposeGroupReport.Card(t, new ComposeState("a", group, "e", false, oversize.Values, errors, null), roster));
        yield return ("compose-correcting", ComposeGroupReport.Card(t, new ComposeState("a", group, "e", true, longValues, noErrors, place, "GroupReport.Changed"), roster));
        yield return ("compose-saved", ComposeGroupReport.Card(t, new ComposeState("a", group, "e", false, longValues, noErrors, place, "GroupReport.Saved"), roster));

        var published = Entity(edits: 3);
        yield return ("preview-longest", GroupReportPreview.Card(t, Entity(GroupReportState.Draft), roster, WorkCalendar, null, correcting: false, "GroupReport.Changed"));
        yield return ("preview-correcting", GroupReportPreview.Card(t, published, roster, WorkCalendar, place, correcting: true));
        yield return ("post-longest", GroupReportPost.Card(t, published, roster, WorkCalendar));
        yield return ("post-on-behalf", GroupReportPost.Card(t, Entity(onBehalf: true, longText: false), roster, WorkCalendar));
        yield return ("copy-longest", GroupReportPost.Copy(t, published, roster, WorkCalendar, place));
        var pages = ReportPages.Split(published.Text).Count;
        for (var page = 0; page < pages; page++)
        {
            yield return ($"full-page-{page}", ReadGroupReport.Card(t, published, page, roster));
        }

        var version = published.Clone();
        version.VersionOf = published.Id;
        version.Edits = 1;
        yield return ("full-version", ReadGroupReport.Card(t, version, 1, roster));
        foreach (var state in Enum.GetValues<GroupReportState>())
        {
            yield return ($"opened-{state}", OpenGroupReport.Card(t, Entity(state, edits: 2), roster, WorkCalendar, place, "GroupReport.Corrected"));
        }

        var many = Enumerable.Range(0, 30).Select(i => Entity((GroupReportState)(i % 4), longText: true, onBehalf: i % 3 == 0)).ToList();
        yield return ("ours-many", OurReports.Card(t, group, many, roster, WorkCalendar, null));
        yield return ("ours-none", OurReports.Card(t, group, [], roster, WorkCalendar, place));
        yield return ("overview-many", ReportsOverview.Card(t, new OverviewFilter(WorkCalendar.WorkYear, null, null, 1), many, roster, WorkCalendar));
        yield return ("overview-filtered-empty", ReportsOverview.Card(t, new OverviewFilter(WorkCalendar.WorkYear, GroupReportKind.Plan, "T02", 0), [], roster, WorkCalendar));
        var versions = Enumerable.Range(0, 5).Select(i =>
        {
            var v = published.Clone();
            v.VersionOf = published.Id;
            v.Edits = i;
            return v;
        }).ToList();
        yield return ("history", GroupReportHistory.Card(t, published, versions, roster, WorkCalendar));
        yield return ("no-channel", PublishGroupReport.NoChannel(t, group, published));
        yield return ("message-wrong-group", GroupReportNotice.Card(t, "GroupReport.WrongGroup", group.Name));
    }
}
