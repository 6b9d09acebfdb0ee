using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.ChannelReports;

public sealed partial class GroupReportCommands
{
    /// <summary>
    /// The group the caller acts for. A leader: their own group, whatever the card says; a card naming another group is
    /// refused rather than silently redirected, so a forged card is noticed. The secretariat: the group the card names
    /// (null when none is picked yet).
    /// </summary>
    private static (Group? Group, AdaptiveCard? Refusal) Scope(Turn turn, Caller caller)
    {
        var asked = turn.ActionString(ChannelReportVerbs.Group);
        if (caller.Has(Roles.Secretariat))
        {
            return (caller.Roster.Group(asked) ?? (caller.Has(Roles.Leader) ? caller.Group : null), null);
        }

        if (caller.Group is not { } own || !caller.Has(Roles.Leader))
        {
            return (null, AppCards.NotAllowed(caller.Texts, Writers));
        }

        return asked is { Length: > 0 } && !string.Equals(asked, own.Code, StringComparison.OrdinalIgnoreCase)
            ? (null, GroupReportCards.Message(caller.Texts, "GroupReport.WrongGroup", own.Name))
            : (own, null);
    }

    /// <summary>
    /// Runs <paramref name="act"/> on the report the card names, looked up only within the caller's scope (the partition
    /// is the group); otherwise the card that says why not.
    /// </summary>
    private async Task<AdaptiveCard> OnReportAsync(Turn turn, Caller caller, Func<Group, GroupReportEntity, Task<AdaptiveCard>> act, CancellationToken ct)
    {
        var (group, refusal) = Scope(turn, caller);
        if (refusal is not null)
        {
            return refusal;
        }

        return group is not null && Id(turn) is { } id && await store.FindAsync(group.Code, id, ct) is { IsReport: true } r
            ? await act(group, r)
            : GroupReportCards.Message(caller.Texts, "GroupReport.NotFound");
    }

    /// <summary>
    /// A report to read: anyone on the roster may read what was published (it is posted in a channel and copied to the
    /// secretariat); a draft only its group's leader and the secretariat.
    /// </summary>
    private async Task<GroupReportEntity?> ReadableAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (caller.Roster.Group(turn.ActionString(ChannelReportVerbs.Group)) is not { } group || Id(turn) is not { } id ||
            await store.FindAsync(group.Code, id, ct) is not { IsReport: true } r)
        {
            return null;
        }

        var writer = caller.Has(Roles.Secretariat) || (caller.Has(Roles.Leader) && caller.Group?.Code == group.Code);
        return r.IsOut || writer ? r : null;
    }

    private static string? Id(Turn turn) =>
        Guid.TryParseExact(turn.ActionString(ChannelReportVerbs.Id), "N", out var id) ? id.ToString("N") : null;

    /// <summary>The group's linked channel as "team › channel", or null when it has none.</summary>
    private async Task<string?> PlaceAsync(Texts t, Group group, CancellationToken ct) =>
        await links.FindAsync(group.Code, ct) is { } link ? ChannelLinkCards.Place(t, link) : null;

    /// <summary>Where a report went out: the linked channel if it is still that one, else just "the group's channel".</summary>
    private async Task<string> PlaceAsync(Texts t, Group group, GroupReportEntity r, CancellationToken ct) =>
        await links.FindAsync(group.Code, ct) is { } link && link.ChannelId == r.PostChannelId ? ChannelLinkCards.Place(t, link) : t["GroupReport.TheChannel"];
}
