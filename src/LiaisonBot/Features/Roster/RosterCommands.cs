using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Conversations;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Roster;

/// <summary>The handlers of the Roster feature: my info, my group, the roster overview.</summary>
public sealed class RosterCommands(ConversationStore conversations)
{
    public const string WhoAmI = "whoami";
    public const string Group = "group";
    public const string Roster = "roster";

    public static readonly CommandInfo WhoAmICommand = new(WhoAmI, Roles.None);
    public static readonly CommandInfo GroupCommand = new(Group, Roles.None);
    public static readonly CommandInfo RosterCommand = new(Roster, Roles.Secretariat);

    public static IReadOnlyList<CommandInfo> All { get; } = [WhoAmICommand, GroupCommand, RosterCommand];

    public Task<AdaptiveCard> WhoAmIAsync(Turn turn, Caller caller, CancellationToken ct) =>
        Task.FromResult(RosterCards.WhoAmI(caller));

    public async Task<AdaptiveCard> GroupAsync(Turn turn, Caller caller, CancellationToken ct) =>
        RosterCards.Group(caller, await InstalledAsync(ct));

    public async Task<AdaptiveCard> OverviewAsync(Turn turn, Caller caller, CancellationToken ct) =>
        RosterCards.Overview(caller, await InstalledAsync(ct));

    private async Task<HashSet<string>> InstalledAsync(CancellationToken ct) =>
        (await conversations.AllAsync(ct)).Where(c => c.Installed && c.MemberCode is not null)
            .Select(c => c.MemberCode!).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
