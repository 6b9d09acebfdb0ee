using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>Why a link ended, as told to the secretariat.</summary>
public enum UnlinkReason
{
    BotRemoved,
    ChannelDeleted,
    TeamDeleted,
    Secretariat,
}

/// <summary>The cards about linking a group to its channel.</summary>
public static class ChannelLinkCards
{
    /// <summary>How to link: said wherever the command cannot work (a 1:1 chat, a group chat) and to a leader with no channel yet.</summary>
    public static AdaptiveCard HowToLink(Texts t, Group? group) => new(
        Parts.Title(t["ChannelLink.HowTo.Title"]),
        new TextBlock(group is null ? t["ChannelLink.HowTo.Intro"] : t.Format("ChannelLink.HowTo.IntroGroup", group.Name)),
        new TextBlock(t["ChannelLink.HowTo.Steps"]))
    {
        Speak = t["ChannelLink.HowTo.Title"],
    };

    public static AdaptiveCard Linked(Texts t, Group group, ChannelLinkEntity link, ChannelLinkEntity? movedFrom)
    {
        var body = new List<CardElement>
        {
            new Container([
                Parts.Title("✓ " + t["ChannelLink.Linked.Title"]),
                new TextBlock(t.Format("ChannelLink.Linked.Body", group.Name, Place(t, link))) { Spacing = Spacing.None },
            ]) { Style = ContainerStyle.Good, Bleed = true },
            new TextBlock(t["ChannelLink.Linked.Next"]),
        };
        if (movedFrom is not null)
        {
            body.Add(new TextBlock(t.Format("ChannelLink.Linked.Moved", Place(t, movedFrom))) { IsSubtle = true, Size = TextSize.Small });
        }

        return new AdaptiveCard(body)
        {
            Actions = [new ExecuteAction(t["Button.groupreport"], ChannelReportVerbs.Compose)],
            Speak = t["ChannelLink.Linked.Title"],
        };
    }

    public static AdaptiveCard Taken(Texts t, string otherGroup) =>
        new(new TextBlock(t.Format("ChannelLink.Taken", otherGroup)) { Color = TextColor.Attention });

    /// <summary>Posted in a channel the bot was just added to, unless the channel already serves a group.</summary>
    public static AdaptiveCard Hint(Texts t) => new(
        new TextBlock(t["ChannelLink.Hint.Title"]) { Weight = TextWeight.Bolder },
        new TextBlock(t["ChannelLink.Hint.Body"]))
    {
        Speak = t["ChannelLink.Hint.Title"],
    };

    /// <summary>The secretariat's view: every group, its channel (or none), and an unlink button.</summary>
    public static AdaptiveCard Channels(Texts t, Committee roster, IReadOnlyList<ChannelLinkEntity> links, WorkCalendar calendar, string? notice)
    {
        var byGroup = links.ToDictionary(l => l.GroupCode, StringComparer.OrdinalIgnoreCase);
        var body = new List<CardElement>
        {
            Parts.Title(t["ChannelLink.List.Title"]),
            new TextBlock(t.Format("ChannelLink.List.Summary", roster.Groups.Count(g => byGroup.ContainsKey(g.Code)), roster.Groups.Count)) { IsSubtle = true, Spacing = Spacing.None },
        };
        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Color = TextColor.Good, Weight = TextWeight.Bolder });
        }

        foreach (var group in roster.Groups)
        {
            var line = byGroup.TryGetValue(group.Code, out var link)
                ? t.Format("ChannelLink.List.Line", Place(t, link), roster.ByCode(link.LinkedBy)?.Name ?? link.LinkedBy, WorkCalendar.Show(calendar.ToDate(link.LinkedAt), t))
                : "⚠ " + t["ChannelLink.List.None"];
            var text = new Column([
                new TextBlock(group.Name) { Weight = TextWeight.Bolder },
                new TextBlock(line) { Size = TextSize.Small, IsSubtle = link is not null, Color = link is null ? TextColor.Warning : null, Spacing = Spacing.None },
            ]) { Width = "stretch" };
            body.Add(new ColumnSet(link is null ? [text] : [text, new Column([
                new ActionSet([new ExecuteAction(t["ChannelLink.Unlink"], ChannelReportVerbs.Unlink) { Data = Ids(group) }]),
            ]) { Width = "auto", VerticalContentAlignment = VerticalAlignment.Center }]) { Separator = true });
        }

        return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["Button.groupreportlist"], ChannelReportVerbs.Overview)] };
    }

    public static AdaptiveCard ConfirmUnlink(Texts t, Group group, ChannelLinkEntity link) => new(
        Parts.Title(t.Format("ChannelLink.Unlink.Title", group.Name)),
        new TextBlock(t.Format("ChannelLink.Unlink.Body", Place(t, link))))
    {
        Actions =
        [
            new ExecuteAction(t["ChannelLink.Unlink.Confirm"], ChannelReportVerbs.UnlinkConfirm) { Data = Ids(group) },
            new ExecuteAction(t["ChannelLink.Unlink.Keep"], ChannelReportVerbs.Channels),
        ],
    };

    /// <summary>Tells the secretariat (and, for an unlink by the secretariat, the channel) that a group lost its channel.</summary>
    public static AdaptiveCard Unlinked(Texts t, Group group, ChannelLinkEntity link, UnlinkReason reason) => new(
        new TextBlock("⚠ " + t.Format("ChannelLink.Unlinked.Title", group.Name)) { Weight = TextWeight.Bolder, Color = TextColor.Warning },
        new TextBlock(t.Format($"ChannelLink.Unlinked.{reason}", Place(t, link))),
        new TextBlock(t["ChannelLink.Unlinked.Relink"]) { IsSubtle = true, Size = TextSize.Small })
    {
        Speak = t.Format("ChannelLink.Unlinked.Title", group.Name),
    };

    /// <summary>"Team › channel", with the General channel named as such and names not (yet) known said so.</summary>
    public static string Place(Texts t, ChannelLinkEntity link) =>
        $"{link.TeamName ?? t["ChannelLink.UnknownTeam"]} › {link.ChannelName ?? t[link.ChannelId == link.TeamId ? "ChannelLink.General" : "ChannelLink.UnknownChannel"]}";

    private static Dictionary<string, string> Ids(Group group) => new() { [ChannelReportVerbs.Group] = group.Code };
}
