using System.Text.Json;
using LiaisonBot.Cards;
using LiaisonBot.Features.ChannelReports;
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
        var place = ChannelLinkCards.Place(t, link);
        var noErrors = new Dictionary<string, FieldError>();

        yield return ("link-howto", ChannelLinkCards.HowToLink(t, null));
        yield return ("link-howto-group", ChannelLinkCards.HowToLink(t, group));
        yield return ("link-linked-moved", ChannelLinkCards.Linked(t, group, link, link));
        yield return ("link-taken", ChannelLinkCards.Taken(t, "河口镇联络组"));
        yield return ("link-hint", ChannelLinkCards.Hint(t));
        var manyLinks = roster.Groups.Select(g => Link(g.Code)).ToList();
        yield return ("link-channels-all", ChannelLinkCards.Channels(t, roster, manyLinks, WorkCalendar, t.Format("ChannelLink.Unlink.Done", group.Name)));
        yield return ("link-channels-none", ChannelLinkCards.Channels(t, roster, [], WorkCalendar, null));
        yield return ("link-confirm-unlink", ChannelLinkCards.ConfirmUnlink(t, group, link));
        foreach (var reason in Enum.GetValues<UnlinkReason>())
        {
            yield return ($"link-unlinked-{reason}", ChannelLinkCards.Unlinked(t, group, new ChannelLinkEntity { RowKey = "T01", TeamId = "x", ChannelId = "y" }, reason));
        }

        var oversize = GroupReportForm.Read(JsonSerializer.SerializeToElement(OversizeForm()), WorkCalendar);
        var longest = GroupReportForm.Read(JsonSerializer.SerializeToElement(LongForm()), WorkCalendar);
        Assert.Empty(longest.Errors);
        var longValues = longest.Values;
        var errors = oversize.Errors;
        yield return ("compose-leader", GroupReportCards.Compose(t, new ComposeState("a", group, null, false, GroupReportValues.Empty, noErrors, place), roster));
        yield return ("compose-secretariat", GroupReportCards.Compose(t, new ComposeState("a", null, null, false, GroupReportValues.Empty, noErrors, null), roster));
        yield return ("compose-errors-longest", GroupReportCards.Compose(t, new ComposeState("a", group, "e", false, oversize.Values, errors, null), roster));
        yield return ("compose-correcting", GroupReportCards.Compose(t, new ComposeState("a", group, "e", true, longValues, noErrors, place, "GroupReport.Changed"), roster));
        yield return ("compose-saved", GroupReportCards.Compose(t, new ComposeState("a", group, "e", false, longValues, noErrors, place, "GroupReport.Saved"), roster));

        var published = Entity(edits: 3);
        yield return ("preview-longest", GroupReportCards.Preview(t, Entity(GroupReportState.Draft), roster, WorkCalendar, null, correcting: false, "GroupReport.Changed"));
        yield return ("preview-correcting", GroupReportCards.Preview(t, published, roster, WorkCalendar, place, correcting: true));
        yield return ("post-longest", GroupReportCards.Post(t, published, roster, WorkCalendar));
        yield return ("post-on-behalf", GroupReportCards.Post(t, Entity(onBehalf: true, longText: false), roster, WorkCalendar));
        yield return ("copy-longest", GroupReportCards.Copy(t, published, roster, WorkCalendar, place));
        var pages = ReportPages.Split(published.Text).Count;
        for (var page = 0; page < pages; page++)
        {
            yield return ($"full-page-{page}", GroupReportCards.FullPage(t, published, page, roster));
        }

        var version = published.Clone();
        version.VersionOf = published.Id;
        version.Edits = 1;
        yield return ("full-version", GroupReportCards.FullPage(t, version, 1, roster));
        foreach (var state in Enum.GetValues<GroupReportState>())
        {
            yield return ($"opened-{state}", GroupReportCards.Opened(t, Entity(state, edits: 2), roster, WorkCalendar, place, "GroupReport.Corrected"));
        }

        var many = Enumerable.Range(0, 30).Select(i => Entity((GroupReportState)(i % 4), longText: true, onBehalf: i % 3 == 0)).ToList();
        yield return ("ours-many", GroupReportCards.Ours(t, group, many, roster, WorkCalendar, null));
        yield return ("ours-none", GroupReportCards.Ours(t, group, [], roster, WorkCalendar, place));
        yield return ("overview-many", GroupReportCards.Overview(t, new OverviewFilter(WorkCalendar.WorkYear, null, null, 1), many, roster, WorkCalendar));
        yield return ("overview-filtered-empty", GroupReportCards.Overview(t, new OverviewFilter(WorkCalendar.WorkYear, GroupReportKind.Plan, "T02", 0), [], roster, WorkCalendar));
        var versions = Enumerable.Range(0, 5).Select(i =>
        {
            var v = published.Clone();
            v.VersionOf = published.Id;
            v.Edits = i;
            return v;
        }).ToList();
        yield return ("history", GroupReportCards.History(t, published, versions, roster, WorkCalendar));
        yield return ("no-channel", GroupReportCards.NoChannel(t, group, published));
        yield return ("message-wrong-group", GroupReportCards.Message(t, "GroupReport.WrongGroup", group.Name));
    }
}
