using LiaisonBot.Cards;
using LiaisonBot.Features.Roster;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Cards;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Roster;

public sealed class RosterCardSamples : ICardSamples
{
    public IEnumerable<(string Name, AdaptiveCard Card)> Samples(Texts t)
    {
        var roster = SampleRoster.Roster;
        var everyone = roster.Members.Select(m => m.Code).ToHashSet();
        var leader = new Caller(SampleRoster.Leader, roster, t);
        var member = new Caller(SampleRoster.Member, roster, t);
        var office = new Caller(SampleRoster.Secretariat, roster, t);
        var stranger = new Caller(null, roster, t);
        var commands = RosterCommands.All;

        yield return ("welcome-leader", RosterCards.Welcome(leader, commands.Where(c => c.Allows(leader))));
        yield return ("welcome-secretariat", RosterCards.Welcome(office, commands.Where(c => c.Allows(office))));
        yield return ("not-on-roster", RosterCards.NotOnRoster(stranger));
        yield return ("not-on-empty-roster", RosterCards.NotOnRoster(new Caller(null, Committee.Empty, t)));
        yield return ("help-member", RosterCards.Help(member, commands.Where(c => c.Allows(member)).ToList(), null));
        yield return ("help-stranger", RosterCards.Help(stranger, commands.Where(c => c.Allows(stranger)).ToList(), new string('x', 5000)));
        yield return ("whoami-member", RosterCards.WhoAmI(member));
        yield return ("whoami-secretariat", RosterCards.WhoAmI(office));
        yield return ("group-leader", RosterCards.Group(leader, everyone));
        yield return ("group-member", RosterCards.Group(member, new HashSet<string>()));
        yield return ("group-none", RosterCards.Group(office, everyone));
        yield return ("roster", RosterCards.Overview(office, everyone));
        yield return ("roster-empty", RosterCards.Overview(new Caller(SampleRoster.Secretariat, Committee.Empty, t), everyone));
        yield return ("not-allowed", RosterCards.NotAllowed(t, Roles.Secretariat | Roles.Leader));
    }
}
