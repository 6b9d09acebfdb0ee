using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Features.Roster;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Cards;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.App;

public sealed class AppCardSamples : ICardSamples
{
    public IEnumerable<(string Name, AdaptiveCard Card)> Samples(Texts t)
    {
        var roster = SampleRoster.Roster;
        var leader = new Sender(SampleRoster.Leader, roster, t);
        var member = new Sender(SampleRoster.Member, roster, t);
        var office = new Sender(SampleRoster.Secretariat, roster, t);
        var stranger = new Sender(null, roster, t);
        IReadOnlyList<CommandInfo> commands = [AppCommands.HelpCommand, .. RosterCommands.All];

        yield return ("welcome-leader", AppCards.Welcome(leader.AsCaller()!, commands.Where(c => c.Allows(leader))));
        yield return ("welcome-secretariat", AppCards.Welcome(office.AsCaller()!, commands.Where(c => c.Allows(office))));
        yield return ("not-on-roster", AppCards.NotOnRoster(stranger));
        yield return ("not-on-empty-roster", AppCards.NotOnRoster(new Sender(null, Committee.Empty, t)));
        yield return ("help-member", AppCards.Help(member, commands.Where(c => c.Allows(member)).ToList(), null));
        yield return ("help-stranger", AppCards.Help(stranger, commands.Where(c => c.Allows(stranger)).ToList(), new string('x', 5000)));
        yield return ("not-allowed", AppCards.NotAllowed(t, roster, Roles.Secretariat | Roles.Leader));
        yield return ("not-allowed-no-secretariat", AppCards.NotAllowed(t, Committee.Empty, Roles.Secretariat));
        yield return ("help-leader-in-channel", AppCards.Help(leader, commands.Where(c => c.Allows(leader) && c.WorksIn(personal: false)).ToList(), null));
    }
}
