using LiaisonBot.App;

namespace LiaisonBot.Features.Roster;

/// <summary>The commands of the Roster feature, as the help card lists them.</summary>
public static class RosterCommands
{
    public const string WhoAmI = "whoami";
    public const string Group = "group";
    public const string Roster = "roster";

    public static readonly CommandInfo WhoAmICommand = new(WhoAmI, Roles.None);
    public static readonly CommandInfo GroupCommand = new(Group, Roles.None);
    public static readonly CommandInfo RosterCommand = new(Roster, Roles.Secretariat);

    public static IReadOnlyList<CommandInfo> All { get; } = [WhoAmICommand, GroupCommand, RosterCommand];
}
